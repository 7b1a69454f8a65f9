"""Names in attendance lists, and initials."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..model import Person

TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "cllr", "councillor", "sir",
          "dame", "rev", "revd", "lord", "lady", "alderman", "alderwoman", "deputy"}
POST_NOMINALS = {"mbe", "obe", "cbe", "jr", "jr.", "sr", "qc", "kc", "jp", "phd"}
ROLE_WORDS = re.compile(
    r"\b(chair(?:man|woman|person)?|vice[- ]chair|co-chair|clerk|secretary|treasurer|"
    r"officer|head(?:teacher)?|head teacher|principal|director|manager|governor|member|"
    r"minutes?|minute[- ]taker|scribe|observer|guest|adviser|advisor|lead|coordinator|"
    r"representative|rep|president|trustee|cabinet|portfolio|leader|deputy|executive|"
    r"consultant|administrator|note[- ]taker|councillor)\b", re.I)

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ANGLE_TAG = re.compile(r"<[^>]{0,200}>")
_PAREN = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?<!\w)@\w[\w.-]*")
_INITIALS_TOKEN = re.compile(r"^[A-Z][A-Za-z]{0,1}[A-Z]{1,3}$|^[A-Z]{2,5}$")
_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\n|•|·|\u2022)\s*")
_BULLET = re.compile(r"^\s*(?:[*\-+•·]|\d+[.)])\s+")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


def strip_markup(text: str) -> str:
    """Markdown links to their text; html tags and emphasis removed."""
    text = _LINK.sub(r"\1", text)
    text = _ANGLE_TAG.sub("", text)
    return text.replace("**", "").replace("__", "").replace("`", "")


def fold(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.casefold()).split())


@functools.lru_cache(maxsize=4096)
def norm_name(name: str) -> str:
    words = [w for w in fold(name).split() if w not in TITLES and w not in POST_NOMINALS]
    return " ".join(words)


def name_words(name: str) -> list[str]:
    """Words of a name without titles or post-nominals, hyphenated parts kept."""
    words = re.findall(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*", name)
    return [w for w in words if w.casefold().strip(".") not in TITLES
            and w.casefold() not in POST_NOMINALS]


def has_title_only(name: str) -> bool:
    """True for "Mrs Whittle": a title and a surname but no given name."""
    words = name.split()
    return len(words) == 2 and words[0].casefold().strip(".") in TITLES


@functools.lru_cache(maxsize=4096)
def initials_of(name: str) -> tuple[str, ...]:
    """Candidate initials for a name: "Tim Berners-Lee" gives TBL and TB."""
    if has_title_only(name):
        return ()
    words = name_words(name)
    if len(words) < 2:
        return ()
    full = "".join(part[0] for w in words for part in w.split("-") if part)
    simple = "".join(w[0] for w in words)
    ends = words[0][0] + words[-1][0]
    out = []
    for cand in (full, simple, ends):
        if cand not in out:
            out.append(cand)
    return tuple(out)


def given_name(name: str) -> str | None:
    if has_title_only(name):
        return None
    words = name_words(name)
    return words[0] if words else None


def clean_person(raw: str) -> Person | None:
    """One attendance entry: "Jane Smith (Chair)", "Alan Barham (AB)", "[AB] Alan Barham"."""
    text = _URL.sub(" ", strip_markup(raw))
    text = _BULLET.sub("", text)
    text = _best_part(text.split("//"))
    role = initials = None
    for m in _PAREN.finditer(text):
        inner = (m.group(1) or m.group(2) or "").strip()
        if _INITIALS_TOKEN.match(inner):
            initials = inner
        elif role is None and m.group(1) is not None and ROLE_WORDS.search(inner):
            role = inner
    text = _PAREN.sub(_drop_bracket, text)
    text = _HANDLE.sub(" ", text)
    text = text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
    name, role = _split_role(text, role)
    name = re.split(r"\s*/\s*", name)[0]
    name = " ".join(name.strip(" .:-–—*\t").split())
    if not _looks_like_name(name):
        return None
    return Person(name=name, initials=initials, role=role)


def _best_part(parts: list[str]) -> str:
    """"TallTed // Ted Thibodeau": the part that reads as a full name."""
    first = parts[0]
    if len(first.split()) >= 2 or len(parts) == 1:
        return first
    for part in parts[1:]:
        words = []
        for word in _HANDLE.sub(" ", _PAREN.sub(" ", part)).split():
            if ":" in word:
                break
            words.append(word)
        if 2 <= len(words) <= 4:
            return " ".join(words)
    return first


def cleaned_words(text: str) -> int:
    """Words of a list line once links, brackets and handles are dropped."""
    text = _URL.sub(" ", strip_markup(text))
    text = _best_part(text.split("//"))
    return len(_HANDLE.sub(" ", _PAREN.sub(" ", text)).split())


def _drop_bracket(m: re.Match) -> str:
    # "(Chair)", "(AB)", "(he/him)" go; a bare "[Jane Smith]" keeps its text.
    inner = m.group(2)
    if inner is not None and not _INITIALS_TOKEN.match(inner.strip()):
        return f" {inner} "
    return " "


def _split_role(text: str, role: str | None) -> tuple[str, str | None]:
    for sep in (" - ", " – ", " — ", ": "):
        if sep in text:
            head, tail = text.split(sep, 1)
            tail = tail.strip()
            if role is None and ROLE_WORDS.search(tail):
                role = tail
            return head, role
    return text, role


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60:
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    if name.casefold() in {"none", "n/a", "nil", "name", "text", "tbc", "all", "everyone"}:
        return False
    # one word at least must be capitalised, as names are
    return any(w[0].isupper() for w in words) or len(words) <= 2


def split_people(text: str) -> list[str]:
    """Pieces of a list written with commas, semicolons, "and", bullets or lines."""
    # commas inside brackets belong to the bracket
    protected = _PAREN.sub(lambda m: m.group(0).replace(",", "\x00").replace(" and ", " \x01 "),
                           text)
    pieces = _SPLIT.split(protected)
    return [p.replace("\x00", ",").replace("\x01", "and") for p in pieces if p.strip()]


def parse_people(text: str) -> list[Person]:
    people: list[Person] = []
    for piece in split_people(text):
        person = clean_person(piece)
        if person is not None:
            people.append(person)
        elif people and ROLE_WORDS.fullmatch(piece.strip()) and people[-1].role is None:
            people[-1].role = piece.strip()
    return people


def is_initialism(token: str) -> bool:
    """AB, PAC, TBL, eP, MdJ: 2-5 letters with capitals that are not a plain word."""
    if not 2 <= len(token) <= 5 or not token.isalpha():
        return False
    uppers = sum(1 for c in token if c.isupper())
    if token[0].islower():
        return uppers >= 1 and len(token) <= 3
    return uppers >= 2 and (token.isupper() or uppers * 2 >= len(token))
