"""From reader blocks to ParsedMinutes.

The parser walks the blocks once. Each line goes to the first family of conventions
(``conventions/``) that claims it: a "Label: value" line, an item heading, a line of a
list opened by the last heading (attendance, actions, future dates), else discussion,
read sentence by sentence for actions and decisions. Table rows are read as minutes
laid out in tables usually are (``conventions/tables.py``). The state the families
share lives here, on the parser.
"""

from __future__ import annotations

import datetime as dt

from .agenda import agenda_date, agenda_items
from .conventions.actions import ACTION_BLOCK, ActionRules
from .conventions.attendance import (
    ATTENDANCE_MODES,
    AttendanceRules,
    affiliation_lines,
    merge_roles,
    people_lines,
)
from .conventions.dates import date_in_name
from .conventions.decisions import DecisionRules
from .conventions.front_matter import FrontMatterRules
from .conventions.initials import InitialsRules
from .conventions.items import BOLD_LINE, NUMBERED, ItemRules, numbered_headings
from .conventions.labels import LabelRules
from .conventions.meeting import TitleBlockRules
from .conventions.names import strip_markup
from .conventions.next_meetings import NextMeetingRules
from .conventions.notes import NoteRules
from .conventions.owners import People
from .conventions.tables import TableRules
from .conventions.text_tables import expand_text_tables
from .conventions.words import BULLET, MD_HEADING, RULE
from .kinds import classify
from .model import Block, Item, Meeting, ParsedMinutes


def parse_blocks(blocks: list[Block], known_people: list[str] | None = None,
                 filename: str | None = None) -> ParsedMinutes:
    return Parser(known_people or [], filename).run(blocks)


class Parser(FrontMatterRules, LabelRules, TitleBlockRules, AttendanceRules, ItemRules, TableRules, ActionRules,
             DecisionRules, NextMeetingRules, NoteRules, InitialsRules):
    def __init__(self, known_people: list[str], filename: str | None = None) -> None:
        self.out = ParsedMinutes()
        self.people = People()
        self.known_people = list(known_people)
        for name in known_people:
            self.people.add(name)
        self.stack: list[tuple[int, Item]] = []   # open items, with their heading levels
        self.mode: str | None = None               # the list the last heading opened
        self.mode_indent = -1
        self.skip_indent = -1
        self.in_title = True                       # still above the first item
        self.markdown = False
        self.proposal: str | None = None
        self.used: dict[str, set[str]] = {}        # initials used, and how
        self.confidential_items: set[int] = set()
        self.summary_from = 0
        self.table = None
        self.table_rows: dict[int, list[Block]] = {}  # every table's rows, to read its shape
        self.shape = None
        self.shape_row = 0
        self.action_col: int | None = None
        self.kind_header: tuple[str, ...] | None = None
        self.meeting_date: dt.date | None = None
        # Clerks often name a file by its meeting's date; it stands in when the text has none.
        self.name_date = date_in_name(filename)
        self.front_date: dt.date | None = None        # front matter's date: (maybe the post's)
        self.front_title_date: dt.date | None = None  # a date in the front matter's title
        self.next_dates: dict[dt.date, str | None] = {}
        self.next_week = False  # "Agenda for next week": a meeting seven days on
        self.minutes_decided: set[int] = set()
        self.affiliations = False  # the lines being read are "Name, Affiliation" a line
        self.list_bulleted = False  # the attendance list being read is a bulleted one
        self.open_list: tuple[str, int, int] | None = None  # an attendance heading opened
        self.block_indent = -1  # the indent of an "ACTION:" line whose actions follow it
        self.block_indent_seen = False
        self.seen = 0  # lines and rows read, to tell a heading with nothing under it
        self.empty_lists: list[tuple[str, str]] = []
        self.unsplit: list[str] = []
        self.narrative: set[int] = set()  # actions found in running prose, not marked
        self.listed_actions = False  # the document gathers its actions in a list
        self.listed_decisions: set[int] = set()  # the entries of a Decisions list

    def run(self, blocks: list[Block]) -> ParsedMinutes:
        blocks = expand_text_tables(self._front_matter(blocks))
        self.text = "\n".join(b.text for b in blocks)  # the whole, for words read in context
        for block in blocks:
            if block.kind == "row":
                self.table_rows.setdefault(block.table, []).append(block)
        self.markdown = any(b.kind == "paragraph" and MD_HEADING.match(b.text.lstrip())
                            and b.text.lstrip().startswith("#") for b in blocks[:200])
        unit: list[tuple[str, bool]] = []
        for block in blocks:
            if block.kind == "paragraph":
                lines = block.text.split("\n")
                unit.extend((line, len(lines) == 1) for line in lines)
                continue
            self._lines(unit)
            unit = []
            if block.kind == "heading":
                self._heading(strip_markup(block.text).strip(), block.level, None)
            elif block.kind == "row":
                self.seen += 1
                self._row(block)
        self._lines(unit)
        out = self._finish()
        out.kind, out.kind_why = classify(self.text, {
            "present": out.present, "apologies": out.apologies, "actions": out.actions,
            "decisions": out.decisions})
        if out.kind == "agenda":
            out.agenda = agenda_items(blocks)
            guessed = [w for w in out.warnings if w.startswith("No meeting date was found")]
            if guessed and (day := agenda_date(self.text)):
                out.date = day.isoformat()
                out.warnings = [w for w in out.warnings if w not in guessed]
            # An agenda's "will be held on" is its own meeting, not the next one.
            out.next_meetings = [m for m in out.next_meetings if m.date != out.date]
        return out

    def _lines(self, unit: list[tuple[str, bool]], in_cell: bool = False) -> None:
        if not unit:
            return
        numbered = numbered_headings([line for line, _ in unit])
        affiliations = affiliation_lines([line for line, _ in unit])
        listed = people_lines([line for line, _ in unit]) if self.in_title else set()
        for index, (raw, single) in enumerate(unit):
            self.affiliations = index in affiliations
            if index in listed and self.in_title and not self.out.items and self.mode is None:
                self._label("present", "")  # a list of people above the first item
                self.list_bulleted = True
            self._line(raw, single and not in_cell, index in numbered, in_cell)

    def _line(self, raw: str, standalone: bool, numbered: bool, in_cell: bool) -> None:
        indent = len(raw) - len(raw.lstrip(" \t"))
        text = strip_markup(raw).strip()
        bulleted = bool(BULLET.match(text))
        text = BULLET.sub("", text).strip()
        if not text:
            return
        self.seen += 1
        md = MD_HEADING.match(text) if raw.lstrip(" \t>").startswith("#") else None
        if md:
            self._heading(md.group(2).strip(), len(md.group(1)), None)
            return
        if RULE.match(text):
            return
        if self._label_line(text):
            return
        if not bulleted and BOLD_LINE.match(raw.strip()) and self._bold_heading(text):
            return
        if numbered:
            m = NUMBERED.match(text)
            if self._attendance_sentence(m.group("title")):
                return  # "2. Apologies were received from ..." is the list, not a heading
            self._heading(m.group("title").strip(" :"), 10 + m.group("num").count("."),
                          m.group("num"))
            return
        if self._caps_heading(text, standalone, bulleted):
            return
        if ACTION_BLOCK.match(text):
            self.mode, self.block_indent = "action_block", indent  # "ACTION:" over a list
            self.block_indent_seen = False
            return
        if self.mode and self._mode_line(text, indent, bulleted, standalone):
            return
        if self._title_heading(text, standalone, bulleted, in_cell):
            return
        if self.in_title and not self.out.items and self._title_line(text):
            return
        self._content(text)

    def _mode_line(self, text: str, indent: int, bulleted: bool, standalone: bool) -> bool:
        mode = self.mode
        if mode in ATTENDANCE_MODES:
            return self._attendance_line(text, bulleted, standalone)
        if mode == "action_block":
            if indent > self.block_indent:
                self.block_indent_seen = True
                self._prefixed_action(text, listed=True)
                self._entry("action", text)
                return True
            if not self.block_indent_seen:  # "ACTIONS:" over a list at its own indent
                self.mode, self.mode_indent = "actions", -1
                self.summary_from = len(self.out.actions)
                return self._summary_line(text, indent)
            self.mode = None
            return False
        if mode.startswith("value:"):
            self._label(mode[6:], text)
            return True
        if mode in ("actions", "review", "decisions"):
            return self._summary_line(text, indent)
        if mode == "future":
            self._future_dates(text)
        return False

    def year(self) -> int | None:
        """The year for dates written without one: the meeting's, else the file name's."""
        known = self.meeting_date or self.front_title_date or self.front_date or self.name_date
        return known.year if known else None

    def _finish(self) -> ParsedMinutes:
        out = self.out
        self.meeting_date = self.meeting_date or self.front_title_date or self.front_date
        if self.meeting_date is None and self.name_date is not None:
            self.meeting_date = self.name_date
            out.warnings.insert(0, "No meeting date was found in the text; "
                                   f"{self.name_date:%-d %B %Y} was taken from the file name")
        out.date = self.meeting_date.isoformat() if self.meeting_date else None
        out.present = merge_roles(out.present)
        if self.next_week and self.meeting_date:
            self._add_next(self.meeting_date + dt.timedelta(days=7), None)
        if out.date is None:
            out.warnings.insert(0, "No meeting date was found")
        after = {d: k for d, k in self.next_dates.items()
                 if self.meeting_date is None or d > self.meeting_date}
        out.next_meetings = [Meeting(d.isoformat(), k) for d, k in sorted(after.items())]
        self._drop_narrative()
        self._due_dates(sorted(after))
        self._resolve_initials()
        self._fill_person_initials()
        self._close_list()
        if not out.present:
            out.warnings.append("No attendance list was found")
        out.warnings.extend(self._attendance_warnings())
        if is_empty(out):
            out.warnings.insert(0, EMPTY_WARNING)
        return out


# Said of a document that holds a heading and a date but nothing a meeting records.
EMPTY_WARNING = ("Only a heading and a date were found: there is no attendance, discussion, "
                 "action or decision to import")


def is_empty(parsed: ParsedMinutes) -> bool:
    def said(items: list[Item]) -> bool:
        return any(item.entries or said(item.children) for item in items)

    return not (parsed.present or parsed.apologies or parsed.absent or parsed.actions
                or parsed.decisions or said(parsed.items))
