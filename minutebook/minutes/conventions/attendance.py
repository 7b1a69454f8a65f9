"""Who was there: Present / Apologies / Absent lists, and sentences that say so.

    Present: Ann Example (Chair), Ben Sample, C Test
    Apologies for absence were received from Dan Jones and Eve Smith.
"""

from __future__ import annotations

import re

from ..model import Person
from .names import (
    cleaned_words,
    initials_of,
    is_initialism,
    norm_name,
    parse_people,
    split_people,
    strip_markup,
)
from .words import SENTENCE_SPLIT

_I = re.IGNORECASE
# Lower-case words that belong inside names.
NAME_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "bin",
                  "al", "el", "ap", "ter", "ten", "y", "dos", "das"}
BULLET_ITEM = re.compile(r"^\s*(?:[*\-+•·▪◦○●]|\d{1,2}[.)])\s+(?=\S)")
_PAREN_TEXT = re.compile(r"\([^()]*\)")
_ONE_PERSON = re.compile(r"^\s*[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|la|le)){1,4}\s*$")

# Label words that start an attendance list (see labels.py), one key per list.
LABELS: dict[str, str] = {
    "apologies": r"apologies(?: for absence)?(?: received)?|apologies received from|regrets",
    "absent": r"absent(?: without apolog(?:y|ies))?|absentees|not present",
    "chair": r"chair(?:s|man|woman|person)?|chaired by|co-chairs?",
    "scribe": r"scribes?|minutes? taken by|minute[- ]?takers?|note[- ]?takers?|"
              r"(?:parish |town |assistant |deputy )?clerk",
    "present": r"present|attendees|attendance|attending|attended by|members present|"
               r"those (?:attending|present)|"
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
# "None", "No apologies were received": a list with no one in it.
NO_ONE = re.compile(r"^(?:none|nil|n/?a|-|no apologies\b.*|no one\b.*|there were no apologies\b.*|"
                    r"apologies: none)\.?$", _I)
# Groups a sentence may name where people are expected.
NOT_PEOPLE = {"members", "councillors", "all", "everyone", "all members", "none", "the chair",
              "the clerk", "governors", "trustees", "directors", "officers", "the public"}
# Four or more capitalised words with no separator: names run together.
GLUED = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){3,5}$")
# Words a list read wrongly (a PDF a word a line) leaves among the names.
COMMON_WORDS = {"he", "she", "we", "they", "it", "the", "so", "far", "not", "and", "but", "was",
                "is", "are", "this", "that", "there", "with", "for", "also", "all", "said",
                "says", "shows", "agreed", "noted", "minutes", "meeting", "item", "items"}
CHECKBOX = re.compile(r"^\[(?P<mark>[ xX✓✔✗]?)\]\s*")
STRUCK = re.compile(r"^~~.*~~$")
# A chair or scribe line adds the person to the present list with this role.
ROLE_OF_MODE = {"chair": "Chair", "scribe": "Scribe"}

# Sentences that give apologies; "who" is the list of names.
_RECEIVED = r"(?:received|submitted|tendered|given|sent|noted|accepted|recorded|offered)"
APOLOGY_SENTENCES = tuple(re.compile(p, _I) for p in (
    # Apologies (for absence) were received (and accepted) from Ann Lee and Bob Roe.
    r"\bapologies(?: for (?:absence|lateness))?(?: were| was| had been| have been| are)?\s+"
    rf"{_RECEIVED}(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by|on behalf of)\s*:?\s*"
    r"(?P<who>.+)",
    # Apologies from Ann Lee were noted.
    rf"\bapologies (?:from|of)\s+(?P<who>.+?)\s+(?:(?:were|was|had been|have been)\s+)?"
    rf"{_RECEIVED}\b",
    # Ann Lee and Bob Roe sent their apologies.
    r"^(?P<who>[A-Z].{0,120}?)\s+(?:sent|gave|tendered|offered|had sent|have sent|has sent)\s+"
    r"(?:(?:his|her|their)\s+)?apologies\b",
))
# Where the names of an apology sentence end: "Tom Foy who was at work", "Ann Lee, as".
WHO_END = re.compile(r"\s+(?:who|as|because|due to|owing to|since|being|for (?:the|this|that|"
                     r"work|personal|family|health)|and (?:were|was) (?:accepted|noted))\b.*$|"
                     r"[.;]\s*$", _I)
PRESENT_SENTENCE = re.compile(r"^(?:those present|present were|attending were)\s*:?\s*"
                              r"(?P<who>.+?)\.?$", _I)


class AttendanceRules:
    def _attendance_line(self, text: str, bulleted: bool = False,
                         standalone: bool = False) -> bool:
        """A line under an attendance heading or label; False ends the list."""
        if self.list_bulleted and not bulleted and standalone:
            self.mode = None  # a paragraph after a bulleted list is not one of its items
            return False
        self.list_bulleted = self.list_bulleted or bulleted
        if NO_ONE.match(text):
            return True
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
        if bulleted and self.list_bulleted and len(text.split()) <= 6:
            return True  # one entry that reads as no name does not end a bulleted list
        self.mode = None
        return False

    def _add_people(self, kind: str, text: str) -> None:
        role = ROLE_OF_MODE.get(kind)
        target = {"apologies": self.out.apologies, "absent": self.out.absent}.get(
            kind, self.out.present)
        self.unsplit.extend(p.strip() for p in split_people(text, self.affiliations)
                            if GLUED.match(p.strip()))  # "Ann Example Ben Sample": two names?
        for person in parse_people(text, self.affiliations):
            if role and not person.role:
                person.role = role
            if target is self.out.present and self._merge_known(person):
                continue
            if any(norm_name(p.name) == norm_name(person.name) for p in target):
                continue
            target.append(person)
            self.people.add(person.name)

    def _attendance_warnings(self) -> list[str]:
        """What a clerk should check in the attendance, in their words."""
        out = []
        if self.unsplit:
            shown = "; ".join(f"'{p}'" for p in self.unsplit[:3])
            out.append(f"{_count(len(self.unsplit), 'name')} in the attendance could not be "
                       f"split: {shown}")
        odd = [p.name for p in self.out.present + self.out.apologies + self.out.absent
               if not p.name.startswith("@") and (p.name.islower() and " " in p.name
                                                  or p.name.casefold() in COMMON_WORDS)]
        if odd:
            verb = "does not read as a name" if len(odd) == 1 else "do not read as names"
            out.append(f"{_count(len(odd), 'entry', 'entries')} in the attendance {verb} "
                       f"({', '.join(odd[:4])}): the list may have been read wrongly")
        if self.empty_lists:
            out.append("No names could be read under the attendance heading: check who was "
                       "present")
        return out

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
        low = text.casefold()
        if "apolog" not in low and "present" not in low and "attending" not in low:
            return False  # most lines; the patterns below are not cheap
        for sentence in SENTENCE_SPLIT.split(text):
            m = next(filter(None, (p.search(sentence.strip()) for p in APOLOGY_SENTENCES)), None)
            if m:
                who = WHO_END.sub("", m.group("who")).strip()
                if not NO_ONE.match(who) and who.casefold() not in NOT_PEOPLE:
                    self._add_people("apologies", who)
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
    most items hold a comma. Elsewhere a comma separates two names."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if BULLET_ITEM.match(line):
            run.append(i)
            continue
        if len(run) >= 2:
            commas = sum(1 for j in run if "," in _PAREN_TEXT.sub("", lines[j]))
            if commas * 4 >= len(run) * 3:
                out.update(run)
        run = []
    return out


def people_lines(lines: list[str]) -> set[int]:
    """Indexes of bulleted runs (three or more) in which every item is one person as lists
    write them: "Ann Lee (Chair, AL)". At the head of minutes such a list is who attended."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        bare = BULLET_ITEM.sub("", line, count=1) if BULLET_ITEM.match(line) else None
        if bare is not None and _ONE_PERSON.match(_PAREN_TEXT.sub("", strip_markup(bare))):
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def looks_like_list(text: str, affiliation: bool = False) -> bool:
    """A line of names rather than a sentence about them."""
    people = parse_people(text, affiliation)
    if not people:
        return False
    words = cleaned_words(text)
    if words > 8 * len(people) or text.rstrip().endswith(("?", "!")):
        return False
    # "Ann and Bob apologised for their lateness." is a sentence about people, not a list.
    return not any(sum(1 for w in p.name.split()[1:] if w.islower() and w not in NAME_PARTICLES)
                   >= 2 for p in people)


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


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
