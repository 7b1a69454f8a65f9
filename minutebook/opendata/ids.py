"""Stable identifiers for exported records.

Database keys differ between installations, so ids come from what a record is: a meeting's
stored uid, a body's slug, an area's name, a person's name and email. Rows that only exist
inside a meeting (agenda items, entries, actions, decisions) are numbered by their position,
which an import preserves because it creates them in the exported order.
"""

import uuid

NAMESPACE = uuid.UUID("6f0c1d2e-6b7a-5f43-9e0d-2c1b8a7d4e30")


def _derive(prefix: str, kind: str, key: str) -> str:
    return f"{prefix}/{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


def body_id(body) -> str:
    return _derive("ocd-organization", "body", body.slug)


def area_id(area) -> str:
    return _derive("ocd-area", "area", area.name)


def person_key(name: str, email: str) -> str:
    return _derive("ocd-person", "person", f"{name.strip().lower()}|{email.strip().lower()}")


def person_id(person) -> str:
    return person_key(person.full_name, person.email)


def event_id(meeting) -> str:
    return f"ocd-event/{meeting.uid}"


def uid_of(event: str) -> str:
    return event.removeprefix("ocd-event/")
