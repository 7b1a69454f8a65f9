"""Items: numbered, capitalised and title-case headings, and the sections they open.

    3. Highways                    -> item 3, "Highways"
    3.1 Speed signs                -> its child
    ANY OTHER BUSINESS             -> "Any other business"
    Actions / Decisions / Dates of future meetings -> a section read as a list
"""

from __future__ import annotations

import re

from ..model import Item
from .actions import ACTION_PREFIX
from .attendance import list_heading
from .dates import find_dates, is_only_date
from .decisions import DECISION_PREFIX
from .labels import LABEL_CELL, label_kind
from .names import strip_markup
from .notes import NOTE
from .words import BULLET, SMALL_WORDS

_I = re.IGNORECASE
_MAX_TITLE_WORDS = 14

NUMBERED = re.compile(
    r"^(?:item\s+)?(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?:[.):]\s*|\s+)(?P<title>\S.*)$", _I)
BARE_NUMBER = re.compile(r"^(?:item\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?$", _I)
CAPS_WORD = re.compile(r"[A-Z]{3,}")
# A line that is all bold, as markdown minutes mark a heading: "**Members present**".
BOLD_LINE = re.compile(r"^(\*\*|__)[^*_]{1,80}?\1\s*:?\s*$")
# Headings that open a section read as a list rather than as discussion.
HEADING_MODES = (
    ("review", re.compile(r"^(?:review(?: of)?(?: the)?(?: previous| outstanding| open)?"
                          r" actions?(?: items?| points?| log)?|actions? review|"
                          r"review action items?|action review|"
                          r"actions? (?:from|of) (?:the )?(?:last|previous|earlier) meetings?|"
                          r"outstanding actions|matters arising from (?:the )?actions)\b", _I)),
    ("actions", re.compile(r"^(?:actions?|action points|action items|new actions|"
                           r"actions? (?:arising|agreed|list|log|summary)|"
                           r"summary of actions)$", _I)),
    ("decisions", re.compile(r"^(?:decisions?|resolutions?|decisions? (?:made|taken|log))$",
                             _I)),
    ("future", re.compile(r"\b(?:(?:dates?|schedule) of (?:the )?(?:future|next|forthcoming)"
                          r" meetings?|future meetings?(?: dates)?|next meetings?|"
                          r"forthcoming meetings|meeting dates)\b", _I)),
)


class ItemRules:
    def _caps_heading(self, text: str, standalone: bool, bulleted: bool) -> bool:
        body = text.rstrip(":").strip()
        if bulleted or len(body) > 80 or not CAPS_WORD.search(body):
            return False
        letters = [c for c in body if c.isalpha()]
        if not letters or any(c.islower() for c in letters) or len(body.split()) > 10:
            return False
        if ACTION_PREFIX.match(body) or NOTE.match(body) or DECISION_PREFIX.match(body):
            return False
        if self.in_title and not self.out.items and self._title_line(text):
            return True
        self._heading(sentence_case(body), 7, None)
        return True

    def _bold_heading(self, text: str) -> bool:
        body = text.strip().rstrip(":").strip()
        if not body or len(body.split()) > 10 or find_dates(body) and len(body.split()) > 4:
            return False
        opens_list = list_heading(body) or LABEL_CELL.match(body)
        if not opens_list and self.in_title and not self.out.items:
            self._title_line(text)  # a bold line above the first item belongs to the title
            return True
        self._heading(body, 7, None)
        return True

    def _title_heading(self, text: str, standalone: bool, bulleted: bool, in_cell: bool) -> bool:
        """A short stand-alone line in title case, in documents without markdown headings."""
        if not standalone or bulleted or in_cell or self.markdown:
            return False
        words = text.split()
        if not 1 <= len(words) <= 8 or text[-1] in ".;,!?:" or not text[0].isupper():
            return False
        if find_dates(text) or ACTION_PREFIX.match(text) or NOTE.match(text):
            return False
        capitals = sum(1 for w in words if w[0].isupper() or w.casefold() in SMALL_WORDS)
        if capitals < len(words) or (self.in_title and not self.out.items):
            return False
        self._heading(text, 7, None)
        return True

    def _heading(self, title: str, level: int, number: str | None) -> None:
        title = " ".join(title.split()).strip(" :")
        if not title:
            return
        self.skip_indent = -1
        self.mode_indent = -1
        dated = is_only_date(title)
        if dated and number is None and self.meeting_date is None and len(self.out.items) <= 1 \
                and not (self.item and (self.item.entries or self.item.children)):
            self.meeting_date = dated  # "## TAG call" then "##### 9 October 2018"
            return
        if level == 1 and not self.out.items and self.in_title and number is None and (
                self._title_line(title)):
            return  # the document's title, date or body; a later "# Announcements" is an item
        label = LABEL_CELL.match(title)
        if label and number is None:
            self._label(label_kind(label), "")
            return
        listed = list_heading(title)
        if listed and number is None:
            self._label(listed, "")
            return
        self.in_title = False
        self.mode = heading_mode(title)
        if self.mode == "actions":
            self.summary_from = len(self.out.actions)
        item = Item(title=title, number=number)
        self._push(item, level)
        if self._confidential(title):  # "Staffing (confidential)", "Part 2: exempt items"
            self._mark_confidential(item, title)
        if number and LABEL_CELL.match(title):
            label = LABEL_CELL.match(title)
            self.mode = label_kind(label)

    def _push(self, item: Item, level: int) -> None:
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        if self.stack:
            self.stack[-1][1].children.append(item)
        else:
            self.out.items.append(item)
        self.stack.append((level, item))

    @property
    def item(self) -> Item | None:
        return self.stack[-1][1] if self.stack else None

    def _top_item(self) -> Item | None:
        return self.stack[0][1] if self.stack else None


def numbered_headings(lines: list[str]) -> set[int]:
    """Indexes of numbered lines that are item headings rather than a list.

    Candidates form runs that restart when a number does not increase. A run is
    headings when most of its members have text under them; an agenda listed
    before the items (1, 2, 3 with nothing between) is not.
    """
    cands: list[tuple[int, tuple[int, ...]]] = []
    for i, raw in enumerate(lines):
        text = BULLET.sub("", strip_markup(raw).strip())
        m = NUMBERED.match(text)
        if m and _heading_like(m.group("title"), text):
            cands.append((i, tuple(int(x) for x in m.group("num").split("."))))
    if not cands:
        return set()
    runs: list[list[tuple[int, bool]]] = []
    prev: tuple[int, ...] | None = None
    for n, (i, num) in enumerate(cands):
        end = cands[n + 1][0] if n + 1 < len(cands) else len(lines)
        has_body = any(lines[j].strip() for j in range(i + 1, end))
        if prev is None or num <= prev:
            runs.append([])
        runs[-1].append((i, has_body))
        prev = num
    out: set[int] = set()
    for run in runs:
        if sum(1 for _, body in run if body) * 2 >= len(run):
            out.update(i for i, _ in run)
    return out


def _heading_like(title: str, line: str) -> bool:
    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS or len(title) > 100:
        return False
    if not (title[0].isupper() or title[0].isdigit()):
        return False
    if is_only_date(line) or find_dates(line[:20]):
        return False
    return not (title.endswith((".", ";", ",")) and len(words) > 6)


def heading_mode(title: str) -> str | None:
    title = re.sub(r"\s*\([^()]*\)\s*$", "", title)  # "Action Items (AIs)"
    numbered = NUMBERED.match(title)  # "## 4. Review of actions": a heading's own number
    title = numbered.group("title") if numbered else title
    for mode, pattern in HEADING_MODES:
        if pattern.search(title):
            return mode
    return None


def sentence_case(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:].lower()
