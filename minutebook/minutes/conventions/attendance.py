"""Who was there: Present / Apologies / Absent lists, and sentences that say so.

    Present: Ann Example (Chair), Ben Sample, C Test
    Apologies for absence were received from Dan Jones and Eve Smith.
"""

from __future__ import annotations

import re

from ..model import Person
from .names import cleaned_words, initials_of, is_initialism, norm_name, parse_people
from .words import SENTENCE_SPLIT

_I = re.IGNORECASE
BULLET_ITEM = re.compile(r"^\s*(?:[*\-+•·▪◦○●]|\d{1,2}[.)])\s+\S")
_PAREN_TEXT = re.compile(r"\([^()]*\)")

# Label words that start an attendance list (see labels.py), one key per list.
LABELS: dict[str, str] = {
    "apologies": r"apologies(?: for absence)?(?: received)?|apologies received from|regrets",
    "absent": r"absent(?: without apolog(?:y|ies))?|absentees|not present",
    "chair": r"chair(?:s|man|woman|person)?|chaired by|co-chairs?",
    "scribe": r"scribes?|minutes? taken by|minute[- ]?takers?|note[- ]?takers?|clerk",
    "present": r"present|attendees|attendance|attending|attended by|members present|"
               r"in attendance|"
               r"also present|also in attendance|members(?: and officers)?|"
               r"officers(?: present| in attendance)?|participants|governors present",
}
ATTENDANCE_MODES = set(LABELS)
# A heading that ends in a list's label opens that list: "Voting Member Attendees",
# "Other Attendees", "Councillors present", "Attendance (please add yourself)".
LIST_HEADING = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?P<label>" + "|".join(
        f"(?P<{k}>{LABELS[k]})" for k in ("apologies", "absent", "present")) + r")"
    r"(?:\s*\([^()]*\))?\s*:?$", _I)
# Checklists: "[x] Ann Example" attended, "[ ] Ben Sample" did not; "~~Cara Test~~" struck out.
CHECKBOX = re.compile(r"^\[(?P<mark>[ xX✓✔✗]?)\]\s*")
STRUCK = re.compile(r"^~~.*~~$")
# A chair or scribe line adds the person to the present list with this role.
ROLE_OF_MODE = {"chair": "Chair", "scribe": "Scribe"}

APOLOGY_SENTENCE = re.compile(
    r"^apologies(?: for absence)?(?: were| was| had been| have been)?\s+(?:received|submitted|"
    r"tendered|given|sent|noted)\s+(?:from|by|for)\s*:?\s*(?P<who>.+?)\.?$", _I)
PRESENT_SENTENCE = re.compile(r"^(?:those present|present were|attending were)\s*:?\s*"
                              r"(?P<who>.+?)\.?$", _I)


class AttendanceRules:
    def _attendance_line(self, text: str) -> bool:
        """A line under an attendance heading or label; False ends the list."""
        box = CHECKBOX.match(text)
        if box:
            if box.group("mark") in ("", " ", "✗"):
                return True  # an unticked box: listed, but not there
            text = text[box.end():]
        if STRUCK.match(text.strip()):
            return True
        if looks_like_list(text, self.affiliations):
            self._add_people(self.mode, text)
            return True
        self.mode = None
        return False

    def _add_people(self, kind: str, text: str) -> None:
        role = ROLE_OF_MODE.get(kind)
        target = {"apologies": self.out.apologies, "absent": self.out.absent}.get(
            kind, self.out.present)
        for person in parse_people(text, self.affiliations):
            if role and not person.role:
                person.role = role
            if target is self.out.present and self._merge_known(person):
                continue
            if any(norm_name(p.name) == norm_name(person.name) for p in target):
                continue
            target.append(person)
            self.people.add(person.name)

    def _merge_known(self, person: Person) -> bool:
        """A chair or scribe already listed as present (perhaps by given name only)."""
        key = norm_name(person.name)
        for p in self.out.present:
            if _same_person(p, person, key):
                if person.role and not p.role:
                    p.role = person.role
                return True
        return False

    def _attendance_sentence(self, text: str) -> bool:
        for sentence in SENTENCE_SPLIT.split(text):
            m = APOLOGY_SENTENCE.match(sentence.strip())
            if m:
                self._add_people("apologies", m.group("who"))
                if sentence.strip() == text.strip():
                    return True
        m = PRESENT_SENTENCE.match(text)
        if m:
            self._add_people("present", m.group("who"))
            return True
        return False


def list_heading(title: str) -> str | None:
    """The list a heading opens ("Voting Member Regrets" -> apologies), if any."""
    m = LIST_HEADING.match(title.strip())
    return next(k for k in ("apologies", "absent", "present") if m.group(k)) if m else None


def affiliation_lines(lines: list[str]) -> set[int]:
    """Indexes of lines in bulleted lists written "Name, Affiliation" a line: lists where
    most items hold exactly one comma. Elsewhere a comma separates two names."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if BULLET_ITEM.match(line):
            run.append(i)
            continue
        if len(run) >= 2:
            commas = sum(1 for j in run if _PAREN_TEXT.sub("", lines[j]).count(",") == 1)
            if commas * 4 >= len(run) * 3:
                out.update(run)
        run = []
    return out


def looks_like_list(text: str, affiliation: bool = False) -> bool:
    """A line of names rather than a sentence about them."""
    people = parse_people(text, affiliation)
    if not people:
        return False
    words = cleaned_words(text)
    return words <= 8 * len(people) and not text.rstrip().endswith(("?", "!"))


def _same_person(known: Person, new: Person, key: str) -> bool:
    """Equal names, a given name alone ("Michiel"), or initials alone ("CB")."""
    pkey = norm_name(known.name)
    if pkey == key:
        return True
    if new.role is None and known.role is None:
        return False
    if " " not in key and pkey.split()[:1] == [key]:
        return True
    return is_initialism(new.name) and new.name in initials_of(known.name)


def merge_roles(people: list[Person]) -> list[Person]:
    """Drop a chair or scribe listed by given name or initials before the full list."""
    out: list[Person] = []
    for i, person in enumerate(people):
        key = norm_name(person.name)
        others = people[i + 1:]
        if person.role and any(_same_person(o, person, key) and norm_name(o.name) != key
                               for o in others):
            match = next(o for o in others if _same_person(o, person, key))
            match.role = match.role or person.role
            continue
        out.append(person)
    return out
