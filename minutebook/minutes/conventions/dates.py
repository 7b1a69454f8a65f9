"""Finding dates as minutes write them: 27 January 2010, 27th Jan 2010,
27/01/2010, 2010-01-27, Wednesday 27 January, Nov 15."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Months are capitalised in minutes; this keeps "may" (the verb) out.
_MONTH = (r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*"
          r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*)")
_ORD = r"(?:st|nd|rd|th)?"

_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b")
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?\s+{_MONTH}\b\.?"
                        rf"(?:,?\s+(?P<y>\d{{4}})\b)?")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\.?\s+(?P<d>\d{{1,2}}){_ORD}\b(?!:)"
                        rf"(?:,?\s+(?P<y>\d{{4}})\b)?")
_ISO_MONTH = re.compile(rf"\b(?P<y>\d{{4}})-{_MONTH}-(?P<d>\d{{1,2}})\b")  # 2019-January-03
_PATTERNS = (_ISO, _ISO_MONTH, _NUMERIC, _DAY_MONTH, _MONTH_DAY)
_WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
                      r"(?:day)?\b\.?,?", re.I)


def _month_number(word: str) -> int | None:
    word = word.lower()
    for key in (word[:4], word[:3]):
        if key in _MONTHS and (len(word) <= 4 or _full_month_ok(word)):
            return _MONTHS[key]
    return None


def _full_month_ok(word: str) -> bool:
    full = ("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december")
    return word in full


def find_dates(text: str, default_year: int | None = None) -> list[tuple[dt.date, int, int]]:
    """All dates in text as (date, start, end), in order of appearance.

    A date written without a year takes default_year; without one it is skipped.
    """
    found: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            date = _to_date(m, default_year)
            if date is not None:
                found.append((date, m.start(), m.end()))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return found


def _to_date(m: re.Match, default_year: int | None) -> dt.date | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else _month_number(groups.get("mon") or "")
    if month is None:
        return None
    year_text = groups.get("y")
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000
    elif default_year:
        year = default_year
    else:
        return None
    try:
        return dt.date(year, month, int(groups["d"]))
    except ValueError:
        return None


def first_date(text: str, default_year: int | None = None) -> dt.date | None:
    dates = find_dates(text, default_year)
    return dates[0][0] if dates else None


def is_only_date(text: str) -> dt.date | None:
    """The date if text is nothing but a date (maybe with a weekday or a time)."""
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    date, start, end = dates[0]
    rest = _WEEKDAY.sub(" ", text[:start] + " " + text[end:])
    rest = re.sub(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\b|[,()\-–—:]|\bat\b", " ", rest,
                  flags=re.I)
    return date if not rest.strip() else None


# File names clerks give minutes: "2024-12-13 minutes", "minutes_20241213", "13-12-2024".
_NAME_COMPACT = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_NAME_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[-_ ](?P<m>\d{1,2})[-_ ](?P<y>(?:19|20)\d{2})(?!\d)")


def date_in_name(name: str | None) -> dt.date | None:
    """The date a file's name holds, if it holds one; the folders around it are ignored."""
    if not name:
        return None
    stem = re.split(r"[\\/]", name)[-1].rsplit(".", 1)[0]
    dashed = stem.replace("_", "-")
    for pattern in (_ISO, _NAME_COMPACT, _NAME_DMY):
        m = pattern.search(dashed)
        if m:
            date = _to_date(m, None)
            if date:
                return date
    return first_date(re.sub(r"[-_]+", " ", stem))
