"""Who an action belongs to: "AB to ...", "AB & DT to ...", "Directors to ...",
"eP: ...", "..., SC." — owners are kept as the document writes them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import given_name, is_initialism

NOT_OWNERS = {
    "the", "this", "that", "these", "those", "it", "its", "we", "they", "he", "she", "i",
    "you", "there", "here", "please", "next", "all", "everyone", "everybody", "anyone",
    "someone", "somebody", "nobody", "none", "each", "any", "our", "their", "his", "her",
    "if", "when", "once", "after", "before", "following", "also", "then", "item", "items",
    "action", "actions", "note", "nb", "agreed", "resolved", "decision", "proposal",
    "a", "an", "in", "on", "at", "for", "to", "by", "with", "from", "as", "and", "or", "but",
    "who", "what", "how", "why", "where", "not", "no", "yes", "so", "do", "one",
}
ROLE_OWNERS = {
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "clerk", "secretary",
    "treasurer", "officer", "officers", "director", "directors", "members", "governors",
    "head", "heads", "headteacher", "headteachers", "council", "committee", "board", "forum",
    "executive", "manager", "managers", "trustees", "staff", "team", "panel", "lead",
}
# Roles a clerk also writes in lower case: "Village sign - clerk to contact the maker".
LOWER_ROLE_OWNERS = {"clerk", "chair", "chairman", "secretary", "treasurer"}
NOT_PERSON_ACRONYMS = {
    "NB", "AOB", "ACTION", "ACTIONS", "NOTE", "RESOLVED", "AGREED", "PROPOSAL", "RESOLUTION",
    "DECISION", "URL", "TBC", "TBA", "FYI", "UK", "EU", "USA", "PR", "PRS", "CG", "WG", "TR",
    "ED", "API", "OK", "AGM", "EGM", "HR", "IT", "ICT", "SEN", "SEND", "DFE", "DFES", "CEO",
    "LA", "NHS", "FAQ", "PDF", "RDF", "HTTP", "HTML", "CSS", "LDP", "ACP", "WAC", "OIDC",
    "MUST", "MAY", "SHOULD", "TODO", "ETC", "IE", "EG", "AI", "KPI", "AND", "THE", "FOR",
    "WITH", "NOT", "ALL", "ANY", "YES", "NO", "AM", "PM", "UTC", "BST", "GMT",
}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|&|\+|/|\band\b)\s*")
_PAREN = re.compile(r"\s*\([^()]{0,40}\)")
# What follows an owner in "X to ...", "X will ...", "X agreed to ...", "X would ...".
_AFTER = re.compile(r"\s*(?P<colon>:)?\s*(?:[✅✔☑✓]\ufe0f?\s*)?"
                    r"(?P<kw>(?:is|are|was|were|needs?|has|have)\s+to|to|will|shall|should|must|"
                    r"would(?! (?:like|prefer|be (?:good|nice|helpful|great)))|agreed to|"
                    r"offered to|undertook to|volunteered to|kindly agreed to)\b\s*",
                    re.IGNORECASE)
# Titles before a surname: "Mr Harrison to ...", "Cllr. Jenkinson would ...".
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|Revd|Rev)\.?\s+(?=[A-Z])")
# A role with its qualifier: "the Parish Clerk", "the Company Secretary".
# Words that qualify a role: "the Parish Clerk", "the Company Secretary".
ROLE_QUALIFIERS = ("Parish", "Town", "City", "District", "County", "Borough", "Company",
                   "Assistant", "Deputy", "Vice", "Acting", "Interim", "Executive", "Finance",
                   "Project", "Programme", "Senior", "Club", "Membership", "Events",
                   "Publicity", "Social", "Welfare", "Safeguarding", "Site", "Office")
_ROLE_PHRASE = re.compile(r"(?:[Tt]he\s+)?(?P<role>(?:(?:" + "|".join(ROLE_QUALIFIERS) +
                          r")\s+){0,2}(?P<word>(?i:" + "|".join(
                              sorted((re.escape(w) for w in ROLE_OWNERS), key=len,
                                     reverse=True)) + r")))\b")
_HANDLE = re.compile(r"@[A-Za-z0-9][\w-]*")
_PASSIVE = re.compile(r"^be\s+[a-z]+(?:ed|en|wn|lt|nt|pt|ld|id|ne)\b")
_DASH = re.compile(r"\s+[-–—]\s+(?=[a-z])")
_COLON = re.compile(r"\s*:\s*(?:[✅✔☑✓]\ufe0f?\s*)?")
_DETERMINER = re.compile(r"(?:the|a|an|all|each|every|any|some|this|that|these|those|his|her|"
                         r"their|our|its|my|your|them|him|us|me)\b", re.IGNORECASE)
_VERB = re.compile(r"\s+(?:[✅✔☑✓]\ufe0f?\s*)?[A-Za-z]")


@dataclass
class People:
    """What the parser knows about people, for recognising owners and speakers."""

    full_names: list[str] = field(default_factory=list)
    given: dict[str, list[str]] = field(default_factory=dict)
    # casefolded multi-word names, longest first, for matching at a position
    folded: list[tuple[str, int]] = field(default_factory=list)
    family: set[str] = field(default_factory=set)  # casefolded surnames
    # lead_owners() answers, kept until someone is added (the same sentence is asked often)
    leads: dict[tuple[str, bool], Lead] = field(default_factory=dict)

    def add(self, name: str) -> None:
        if name in self.full_names:
            return
        self.leads.clear()
        self.full_names.append(name)
        if " " in name:
            self.folded.append((name.casefold(), len(name)))
            self.folded.sort(key=lambda t: t[1], reverse=True)
        if " " in name:
            self.family.add(name.split()[-1].casefold())
        first = given_name(name)
        if first:
            self.given.setdefault(first.casefold(), []).append(name)

    def unique_given(self, word: str) -> str | None:
        names = self.given.get(word.casefold(), [])
        return names[0] if len(names) == 1 else None


@dataclass
class Lead:
    owners: list[str]
    end: int          # where the owners (and any ':' / 'to' / 'will') end
    kind: str | None  # "to", "colon", "verb", "only" or None
    passive: bool = False


def _owner_token(text: str, pos: int, people: People, strict: bool) -> tuple[str, int] | None:
    if people.folded:
        low = text[pos:pos + people.folded[0][1] + 1].casefold()
        for name, size in people.folded:
            if low.startswith(name) and (len(low) == size or not low[size].isalnum()):
                return text[pos:pos + size], pos + size
    lead_char = text[pos:pos + 1]
    handle = _HANDLE.match(text, pos) if lead_char == "@" else None
    if handle:
        return handle.group(0), handle.end()
    title = _TITLE.match(text, pos) if lead_char in ("M", "D", "P", "C", "R") else None
    if title:
        surname = _WORD.match(text, title.end())
        if surname and (not strict or surname.group(0).casefold() in people.family):
            return text[pos:surname.end()], surname.end()
    first = _WORD.match(text, pos)
    role = _ROLE_PHRASE.match(text, pos) if first and (
        first.group(0).casefold() == "the" or first.group(0) in ROLE_QUALIFIERS) else None
    if role:
        return role.group("role"), role.end()
    m = _WORD.match(text, pos)
    if not m:
        return None
    word = m.group(0).rstrip("'’-")
    end = m.start() + len(word)
    if word.casefold() == "the":
        return None
    if word.casefold() in NOT_OWNERS:
        return None
    if is_initialism(word) and word.upper() not in NOT_PERSON_ACRONYMS:
        return word, end
    if not word[0].isupper() and word.casefold() not in LOWER_ROLE_OWNERS:
        return None
    if word.casefold() in people.given or word in people.full_names:
        return word, end
    if word.casefold() in ROLE_OWNERS or not strict:
        return word, end
    return None


def lead_owners(text: str, people: People, strict: bool = True) -> Lead:
    """Owners at the start of text and what follows them."""
    key = (text, strict)
    if key not in people.leads:
        if len(people.leads) > 2000:
            people.leads.clear()
        people.leads[key] = _lead_owners(text, people, strict)
    lead = people.leads[key]
    return Lead(list(lead.owners), lead.end, lead.kind, lead.passive)


def _lead_owners(text: str, people: People, strict: bool) -> Lead:
    owners: list[str] = []
    pos = 0
    while True:
        tok = _owner_token(text, pos, people, strict)
        if tok is None:
            break
        owners.append(tok[0])
        pos = tok[1]
        paren = _PAREN.match(text, pos)
        if paren:
            pos = paren.end()
        sep = _SEP.match(text, pos)
        if sep and _owner_token(text, sep.end(), people, strict):
            pos = sep.end()
            continue
        break
    if not owners:
        return Lead([], 0, None)
    rest = text[pos:]
    m = _AFTER.match(rest)
    if m and _preposition(m, rest) and not all(is_owner_word(o, people) for o in owners):
        # "Write to the transport team": a verb and a preposition, not "Martin to write".
        return Lead([], 0, None)
    if m:
        kind = "colon" if m.group("colon") else "to"
        passive = m.group("kw").casefold() == "to" and bool(_PASSIVE.match(rest[m.end():]))
        return Lead(owners, pos + m.end(), kind, passive)
    m = _COLON.match(rest)
    if m:
        return Lead(owners, pos + m.end(), "colon")
    m = _DASH.match(rest)
    if m and all(is_owner_word(o, people) for o in owners):
        return Lead(owners, pos + m.end(), "colon")  # "Joe – book the hall"
    if not rest.strip(" .;,"):
        return Lead(owners, len(text), "only")
    if _VERB.match(rest) and all(_is_person_like(o, people) for o in owners):
        return Lead(owners, pos, "verb")
    return Lead(owners, pos, None)


def _preposition(after: re.Match, rest: str) -> bool:
    """'to' followed by the/a/all/them…: 'to' is a preposition there, not 'to' + a verb."""
    return after.group("kw").casefold() == "to" and not after.group("colon") and bool(
        _DETERMINER.match(rest, after.end()))


def is_owner_word(owner: str, people: People) -> bool:
    """A person the minutes know, or a role ("Clerk", "Parish Clerk")."""
    return _is_person_like(owner, people) or owner.split()[-1].casefold() in ROLE_OWNERS


def is_one_person(owner: str, people: People) -> bool:
    """A person, or a role one person holds (the Clerk), not a body (the Council)."""
    return _is_person_like(owner, people) or owner.split()[-1].casefold() in LOWER_ROLE_OWNERS


def _is_person_like(owner: str, people: People) -> bool:
    return owner.startswith("@") or bool(_TITLE.match(owner)) or is_initialism(owner) or owner in people.full_names or (
        owner.casefold() in people.given)


def trailing_owners(text: str, people: People) -> list[str]:
    """Owners written after the task: "Follow up in issue 355. KK, SC." or "..., SC."."""
    body = text.rstrip(" .")
    for sep in (". ", "; ", ", "):
        cut = body.rfind(sep)
        if cut < 0:
            continue
        lead = lead_owners(body[cut + 2:], people, strict=True)
        if lead.kind == "only" and all(_is_person_like(o, people) for o in lead.owners):
            return lead.owners
        if lead.kind == "to" and not lead.passive and sep == ". ":
            return lead.owners
    return []
