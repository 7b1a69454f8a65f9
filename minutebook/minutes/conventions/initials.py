"""Initials used in the minutes ("AB to ...", "DT said ...") resolved against the attendance,
and the warnings when they cannot be.
"""

from __future__ import annotations

from ..model import Person
from .acronyms import things_in
from .names import has_title_only, initials_of, norm_name


class InitialsRules:
    def _use(self, initials: str, how: str) -> None:
        self.used.setdefault(initials, set()).add(how)

    def _people_for_initials(self) -> list[Person]:
        seen: dict[str, Person] = {}
        for p in self.out.present + self.out.apologies + self.out.absent + [
                Person(n) for n in self.known_people]:
            seen.setdefault(norm_name(p.name), p)
        return list(seen.values())

    def _resolve_initials(self) -> None:
        people = self._people_for_initials()
        matched = {used: _match_initials(used, people) for used in self.used}
        things = things_in(self.text, [u for u, found in matched.items() if not found])
        for used, how in self.used.items():
            matches = matched[used]
            if len(matches) == 1:
                self.out.initials[used] = matches[0].name
                continue
            self.out.initials[used] = None
            if used in things:
                continue  # "the TAC", "MFAs": a thing, not someone missing from the list
            if matches:
                names = " or ".join(p.name for p in matches[:3])
                self.out.warnings.append(
                    f"{used} could be {names}; it was left unresolved")
            elif "owner" in how:
                self.out.warnings.append(
                    f"{used} is named as an action owner but is not in the attendance list")
            else:
                self.out.warnings.append(
                    f"{used} is named in the minutes but is not in the attendance list")

    def _fill_person_initials(self) -> None:
        resolved = {v: k for k, v in self.out.initials.items() if v}
        for p in self.out.present + self.out.apologies + self.out.absent:
            if p.initials is None:
                p.initials = resolved.get(p.name) or default_initials(p.name)


def _match_initials(used: str, people: list[Person]) -> list[Person]:
    exact = [p for p in people if p.initials == used or used in initials_of(p.name)]
    if exact:
        return exact
    low = used.casefold()
    return [p for p in people if (p.initials or "").casefold() == low
            or low in (c.casefold() for c in initials_of(p.name))]


def default_initials(name: str) -> str | None:
    if has_title_only(name):
        return None
    cands = initials_of(name)
    return cands[0] if cands else None


def initials_or_name(name: str) -> str:
    return default_initials(name) or name
