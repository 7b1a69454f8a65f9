"""YAML front matter, as static-site minutes (Jekyll, Hugo, Eleventy) begin:

    ---
    title: Minutes of the Directors' meeting
    date: 2021-03-04 19:30
    location: online via Jitsi
    directors:
      - Ann Example
    apologies:
      - Ben Sample (Treasurer)
    chair: Ann
    next-meeting: 2021-04-01
    ---

Keys are read by the table below; any other key (layout, tags, agenda...) is set aside.
A "minutes:" key may hold the whole minutes as markdown: it is read as the document.
The front matter's own date is often the day the page was posted, so a date the minutes
themselves give wins over it.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from ..model import Block
from ..readers.text import text_to_blocks
from .dates import date_in_name, first_date

# front-matter key (lower case, "_" and " " read as "-") -> what it holds
KEYS: dict[str, str] = {
    **dict.fromkeys(("present", "attendees", "attendance", "attending", "participants",
                     "in-attendance", "also-present", "directors", "members", "trustees",
                     "governors", "councillors", "officers", "committee", "guests"), "present"),
    **dict.fromkeys(("apologies", "regrets", "apologies-for-absence"), "apologies"),
    **dict.fromkeys(("absent", "absentees"), "absent"),
    **dict.fromkeys(("chair", "chairs", "chairman", "chairperson", "co-chairs"), "chair"),
    **dict.fromkeys(("scribe", "scribes", "secretary", "clerk", "minutes-by", "minute-taker",
                     "note-taker", "notetaker", "recorder"), "scribe"),
    **dict.fromkeys(("date", "start", "meeting-date", "when", "held"), "date"),
    **dict.fromkeys(("location", "venue", "place", "where"), "venue"),
    **dict.fromkeys(("next-meeting", "nextmeeting", "next-meeting-date"), "next"),
    **dict.fromkeys(("permalink", "slug", "url"), "name"),
    **dict.fromkeys(("minutes", "content", "notes"), "text"),
    "title": "title",
}
_FENCE = re.compile(r"^(?:---|\+\+\+)\s*$")
_END = re.compile(r"^(?:---|\.\.\.|\+\+\+)\s*$")
_MAX_BLOCKS = 400  # a front matter that never closes is not one


def split_front_matter(blocks: list[Block]) -> tuple[dict, list[Block]]:
    """The front matter as a mapping, and the blocks after it ({} and blocks if none)."""
    if not blocks or blocks[0].kind != "paragraph":
        return {}, blocks
    lines = blocks[0].text.split("\n")
    if not _FENCE.match(lines[0]):
        return {}, blocks
    body: list[str] = []
    rest = lines[1:]
    for n, block in enumerate(blocks[:_MAX_BLOCKS]):
        if n:
            if block.kind != "paragraph":
                return {}, blocks
            body.append("")
            rest = block.text.split("\n")
        for i, line in enumerate(rest):
            if _END.match(line):
                data = _load("\n".join(body))
                if data is None:
                    return {}, blocks
                after = "\n".join(rest[i + 1:]).strip("\n")
                tail = [Block("paragraph", after)] if after.strip() else []
                return data, tail + blocks[n + 1:]
            body.append(line)
    return {}, blocks


def _load(text: str) -> dict | None:
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _words(value) -> str:
    """A value as the text a clerk would have written: lists one entry a line."""
    if isinstance(value, list | tuple):
        return "\n".join(_words(v) for v in value if v is not None)
    if isinstance(value, dict):
        return "\n".join(f"{k} {_words(v)}" for k, v in value.items())
    return "" if value is None else str(value)


class FrontMatterRules:
    def _front_matter(self, blocks: list[Block]) -> list[Block]:
        """Reads the front matter, if any; returns the blocks left to walk."""
        data, rest = split_front_matter(blocks)
        for key, value in data.items():
            kind = KEYS.get(re.sub(r"[_ ]+", "-", str(key).strip().casefold()))
            text = _words(value).strip()
            if not kind or not text:
                continue
            if kind in ("present", "apologies", "absent", "chair", "scribe"):
                for line in text.split("\n"):
                    self._add_people(kind, line)
            elif kind == "date":
                self.front_date = self.front_date or _date(value)
            elif kind == "title":
                self.front_title_date = first_date(text)
            elif kind == "venue" and not self.out.venue:
                self.out.venue = text.split("\n")[0].strip(" .")
            elif kind == "next":
                date = _date(value)
                if date:
                    self._add_next(date, None)
            elif kind == "name" and self.name_date is None:
                self.name_date = date_in_name(text)
            elif kind == "text":
                rest = text_to_blocks(text) + rest
        return rest


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return first_date(_words(value))
