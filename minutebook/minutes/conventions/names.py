"""Names in attendance lists, and initials.

    Cllr Ann Example (Chair)            -> Ann Example, role "Cllr; Chair"
    County Councillor Ben Sample        -> Ben Sample, role "County Councillor"
    Cara Test – Northtown               -> Cara Test, role "Northtown"
    Dan Jones (DJ), e-mail dj@x.org     -> Dan Jones, initials DJ
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..model import Person

TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "cllr", "councillor", "sir",
          "dame", "rev", "revd", "lord", "lady", "alderman", "alderwoman", "deputy"}
POST_NOMINALS = {"mbe", "obe", "cbe", "jr", "jr.", "sr", "qc", "kc", "jp", "phd"}
ROLE_WORDS = re.compile(
    r"\b(chair(?:man|woman|person)?|(?:vice|deputy)[- ]chair(?:man|woman|person)?|co-chair|clerk|"
    r"secretary|treasurer|"
    r"officer|head(?:teacher)?|head teacher|principal|director|manager|governor|member|"
    r"minutes?|minute[- ]taker|scribe|observer|guest|adviser|advisor|lead|coordinator|"
    r"representative|rep|president|trustee|cabinet|portfolio|leader|deputy|executive|"
    r"consultant|administrator|note[- ]taker|councillor)\b", re.I)

# Council titles are roles, not part of the name: "Councillors Ann Example, Ben Sample".
COUNCIL_TITLE = re.compile(
    r"^(?P<title>(?:(?:county|district|borough|parish|town|city|unitary|deputy|vice)\s+)?"
    r"(?:cllrs?|councillors?|councilors?|aldermen|alderman|alderwoman)\b\.?)\s+(?=\S)", re.I)
# Contact details written after a name: the words that start them, and phone numbers.
CONTACT = re.compile(r"\s*(?:\b(?:e[-'’ ]?mail|tel|telephone|phone|mob|mobile)\b\.?:?|\+?\d"
                     r"[\d ()-]{6,}\d).*$", re.I)
# Between a name and its role or affiliation: "Ann Example - Chair", "Ben Sample -TSC".
ROLE_SEPARATOR = re.compile(r"\s*[–—]+\s*|\s+-+\s*|:\s+")
# A bracket that says nothing of a person's role: pronouns, "kinda", "delegate for X".
PRONOUNS = re.compile(r"^(?:she|he|they|ze|xe)\s*/\s*\w+(?:\s*/\s*\w+)?$", re.I)
NOT_ROLE = re.compile(r"^(?:(?:she|he|they|ze|xe)/\w+(?:/\w+)?|kinda|sort of|\?|"
                      r"delegate for .*|for .*|via .*)$", re.I)

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")  # markdown's "1\. Welcome", "\+"
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ANGLE_TAG = re.compile(r"<[^>]{0,200}>")
_PAREN = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")
_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\S+@\S+\.\w+")
_HANDLE = re.compile(r"(?<!\w)@\w[\w.-]*")
_INITIALS_TOKEN = re.compile(r"^[A-Z][A-Za-z]{0,1}[A-Z]{1,3}$|^[A-Z]{2,5}$")
_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\n|•|·|\u2022)\s*")
_INNER_NAME = re.compile(r"(?<=\w)\s*\(([A-Z][a-z]+)\)\s*(?=[A-Z][a-z])")
_UNCLOSED = re.compile(r"\s*[(\[][^()\[\]]*$")
_AFTER_BRACKET = re.compile(r"\)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\.?\s|[A-Z][a-z]+\s+[A-Z])")
_LINE_SPLIT = re.compile(r"\s*(?:;|\n|•|·|\u2022)\s*")
_BULLET = re.compile(r"^\s*(?:[*\-+•·]|\d+[.)])\s+")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


def strip_markup(text: str) -> str:
    """Markdown links to their text; html tags and emphasis removed."""
    text = _ESCAPE.sub(r"\1", _LINK.sub(r"\1", text))
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


def clean_person(raw: str, affiliation: bool = False) -> Person | None:
    """One attendance entry: "Jane Smith (Chair)", "Alan Barham (AB)", "[AB] Alan Barham"."""
    text = _URL.sub(" ", strip_markup(raw))
    text = _BULLET.sub("", text)
    text = _best_part(text.split("//"))
    text = _UNCLOSED.sub("", CONTACT.sub("", text))
    if PRONOUNS.match(_PAREN.sub(" ", text).strip()):
        return None
    # "VM (Vicky) Brasseur": a bracket inside the name is a name it goes by; it stays.
    text = _INNER_NAME.sub(lambda m: m.group(0) if ROLE_WORDS.search(m.group(1))
                           else f" {m.group(1)} ", text)
    role = initials = None
    for m in _PAREN.finditer(text):
        inner = " ".join((m.group(1) or m.group(2) or "").split()).strip(" ,")
        if _INITIALS_TOKEN.match(inner):
            initials = inner
        elif role is None and m.group(1) is not None and _role_like(inner):
            role = inner
    text = _PAREN.sub(_drop_bracket, text)
    text = _HANDLE.sub(" ", text)
    text = text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
    name, role = _split_role(text, role, affiliation)
    name = re.split(r"\s*/\s*", name)[0]
    name = " ".join(name.strip(" .,:-–—*\t").split())
    title = COUNCIL_TITLE.match(name)
    if title:
        name = name[title.end():]
        role = "; ".join(r for r in (" ".join(title.group("title").split()), role) if r)
    if not _looks_like_name(name):
        return None
    return Person(name=name, initials=initials, role=role)


def _role_like(inner: str) -> bool:
    """A bracket after a name that gives a role or affiliation: "(Chair)", "(Northtown)"."""
    if not inner or NOT_ROLE.match(inner) or _HANDLE.fullmatch(inner) or len(inner) > 60:
        return False
    return bool(ROLE_WORDS.search(inner)) or inner[0].isupper()


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


def _split_role(text: str, role: str | None, affiliation: bool) -> tuple[str, str | None]:
    """The name and what follows it: a role or an affiliation after a dash or a colon, or
    after a comma in lists written one "Name, Affiliation" a line."""
    m = ROLE_SEPARATOR.search(text.strip())
    cut = text.find(",") if affiliation else -1
    if cut >= 0 and (m is None or cut < m.start()):
        head, tail = text[:cut], text[cut + 1:]
    elif m:
        text = text.strip()
        head, tail = text[:m.start()], text[m.end():]
    else:
        return text, role
    tail = " ".join(tail.split()).strip(" ,.;")
    if tail and len(tail.split()) <= 8 and not NOT_ROLE.match(tail):
        role = f"{role}; {tail}" if role and role != tail else tail
    return head, role


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60:
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    if name.casefold() in {"none", "n/a", "nil", "name", "text", "tbc", "all", "everyone"}:
        return False
    if len(words) >= 5 and all(len(w) > 2 and w[0].isupper() for w in words):
        return False  # "Ann Example Ben Sample Cara": names run together, not one name
    # one word at least must be capitalised, as names are
    return any(w[0].isupper() for w in words) or len(words) <= 2


def split_people(text: str, affiliation: bool = False) -> list[str]:
    """Pieces of a list written with commas, semicolons, "and", bullets or lines.

    With affiliation, the list is one "Name, Affiliation" a line: lines split it, commas not.
    """
    # commas inside brackets belong to the bracket
    # "Ann Lee (AL) Bob Roe (BR)": a bracket closes one name when another follows
    text = _AFTER_BRACKET.sub(")\n", text)
    protected = _PAREN.sub(lambda m: m.group(0).replace(",", "\x00").replace(" and ", " \x01 "),
                           text)
    pieces = (_LINE_SPLIT if affiliation else _SPLIT).split(protected)
    return [p.replace("\x00", ",").replace("\x01", "and") for p in pieces if p.strip()]


def parse_people(text: str, affiliation: bool = False) -> list[Person]:
    people: list[Person] = []
    for piece in split_people(text, affiliation):
        person = clean_person(piece, affiliation)
        if person is not None:
            people.append(person)
        elif people and ROLE_WORDS.fullmatch(piece.strip(" ()")) and people[-1].role is None:
            people[-1].role = piece.strip(" ()")  # "Mr B Hart, (Vice Chairman)"
    return people


def is_initialism(token: str) -> bool:
    """AB, PAC, TBL, eP, MdJ: 2-5 letters with capitals that are not a plain word."""
    if not 2 <= len(token) <= 5 or not token.isalpha():
        return False
    uppers = sum(1 for c in token if c.isupper())
    if token[0].islower():
        return uppers >= 1 and len(token) <= 3
    return uppers >= 2 and (token.isupper() or uppers * 2 >= len(token))
