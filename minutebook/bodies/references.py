"""Turn what a clerk types ("AB & DT", "RG and Directors") into people of a body."""

import re

from minutebook.bodies.models import Membership, Person

SEPARATORS = re.compile(r"\s*(?:&|,|/|;|\band\b)\s*", re.I)


def split_references(written: str) -> list[str]:
    return [part.strip() for part in SEPARATORS.split(written or "") if part.strip()]


def members_of(body) -> list[Person]:
    ids = Membership.objects.filter(body=body).current().values("person")
    return list(Person.objects.filter(pk__in=ids))


def resolve(body, written: str) -> tuple[list[Person], list[str]]:
    """People the references name (by initials, full name or a unique first name) and the
    references that name nobody, kept as written (groups such as "Directors", or unknown
    initials). Ambiguous references are never guessed."""
    people, groups = [], []
    members = members_of(body)
    for ref in split_references(written):
        matches = [p for p in members if ref in (p.initials, p.full_name)] or [
            p for p in members if p.given_name and ref.lower() == p.given_name.lower()
        ]
        if len(matches) == 1 and matches[0] not in people:
            people.append(matches[0])
        elif len(matches) != 1:
            groups.append(ref)
    return people, groups
