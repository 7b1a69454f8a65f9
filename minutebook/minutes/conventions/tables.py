"""Minutes laid out as tables: a label cell (the item, or DATE / VENUE / MEMBERS), a content
cell, and perhaps an ACTION column; a table of future meeting dates.

    | 4 | Highways | The footpath ... | Clerk |
"""

from __future__ import annotations

import re

from ..model import Action, Block, Item
from .actions import ACTION_PREFIX, LEADING_IMPORTANT
from .attendance import ATTENDANCE_MODES, looks_like_list
from .dates import find_dates, is_only_date
from .decisions import is_minutes_item
from .items import BARE_NUMBER, heading_mode, sentence_case
from .labels import LABEL_CELL, label_kind
from .names import is_initialism, parse_people
from .next_meetings import kind_of
from .owners import lead_owners
from .table_shapes import action_of, attendance_of, table_shape

_I = re.IGNORECASE
# Header cells of the column that holds a row's action or its owner.
ACTION_HEADER = re.compile(r"(?:actions?(?: by| owner| points?)?|owner|who|responsible|"
                           r"by whom|lead|action/owner)\s*:?", _I)
# A header row naming kinds of meeting, over a table of future dates.
MEETING_KIND_HEADER = re.compile(r"\b(?:meetings?|executive|forum|board|committee)\b", _I)
# The last cell of a numbered row that names who presented the item: "MW", "All", "HP/GB".
PRESENTER = re.compile(r"^(?:[A-Z][A-Za-z]?[A-Z]{1,3}|All|Chair|Clerk)(?:\s*[/&,]\s*"
                       r"(?:[A-Z][A-Za-z]?[A-Z]{1,3}|All))*$")
# Row text longer than this is not repeated in front of its ACTION cell.
_SHORT_CONTENT = 200

class TableRules:
    def _row(self, block: Block) -> None:
        if block.table != self.table:
            self.table = block.table
            self.action_col = None
            self.kind_header = None
            self.shape = table_shape(self.table_rows.get(block.table, []), self.mode)
            self.shape_row = 0
        cells = [" ".join(c.split()) if "\n" not in c else c.strip() for c in block.cells]
        if self.shape is not None:
            self.shape_row += 1
            if self.shape_row - 1 > self.shape.header:
                self._shaped_row(cells)
            return
        flat = [c for c in cells if c]
        # text that indents names under "Present:" arrives as a one-row table
        if self.mode in ATTENDANCE_MODES and len(self.table_rows.get(block.table, [])) == 1 \
                and flat and all(
                "\n" not in c and len(parse_people(c)) == 1 and looks_like_list(c) for c in flat):
            for cell in flat:  # names indented under "Present:", one a cell
                self._add_people(self.mode, cell)
            return
        if self._header_row(cells) or self._date_row(cells) or self._label_row(cells):
            return
        self._item_row(cells)

    def _shaped_row(self, cells: list[str]) -> None:
        """A row of an attendance grid or an action table (table_shapes.py)."""
        if self.shape.kind == "schedule":
            cell = cells[self.shape.columns["date"]] if self.shape.columns["date"] < len(cells) \
                else ""
            self._future_dates(cell)
            return
        if self.shape.kind in ("attendance", "marks"):
            found = attendance_of(self.shape, cells)
            if found:
                self._add_people(*found)
            return
        found = action_of(self.shape, cells, self.year())
        if found is None:
            return
        text, owners, due = found
        if self.mode != "review":  # the actions of an earlier meeting are not new ones
            self._add_action(text, owners)
            self.out.actions[-1].due = self.out.actions[-1].due or due
        else:  # kept whole, with its status cell, for following the earlier action
            self.out.reviewed.append(" | ".join(c for c in cells if c))
        self._entry("action", text)

    def _header_row(self, cells: list[str]) -> bool:
        flat = [c for c in cells if c]
        if not flat or any(len(c.split()) > 6 or "\n" in c for c in flat):
            return False
        action = [i for i, c in enumerate(cells) if is_action_header(c)]
        if action:
            self.action_col = action[-1]
            if not self.out.items:
                for i, cell in enumerate(cells):
                    if i != self.action_col and cell:
                        self._title_line(cell)
            return True
        meetingish = all(MEETING_KIND_HEADER.search(c)
                         and not find_dates(c) for c in flat)
        if meetingish and (self.mode == "future" or len(flat) > 1):
            self.kind_header = tuple(cells)
            self.mode = "future"
            return True
        return False

    def _date_row(self, cells: list[str]) -> bool:
        if self.mode != "future" and self.kind_header is None:
            return False
        dates = [(i, is_only_date(c)) for i, c in enumerate(cells) if c]
        if not dates or not any(d for _, d in dates):
            return False
        labels = [cells[i] for i, d in dates if d is None]
        if any(len(lbl.split()) > 4 for lbl in labels):
            return False
        row_kind = kind_of(labels[0]) if labels else None
        for i, date in dates:
            if date is None:
                continue
            kind = row_kind
            if self.kind_header and i < len(self.kind_header):
                kind = kind_of(self.kind_header[i]) or kind
            self._add_next(date, kind)
        return True

    def _label_row(self, cells: list[str]) -> bool:
        first = next((c for c in cells if c), "")
        label = LABEL_CELL.match(first)
        if not label:
            return False
        kind = label_kind(label)
        rest = [c for i, c in enumerate(cells) if c and c is not first and i != self.action_col]
        value = "\n".join(rest)
        if kind in ATTENDANCE_MODES:
            self._add_people(kind, value)
        else:
            self._label(kind, value.split("\n")[0] if value else "")
        self.mode = None
        return True

    def _item_row(self, cells: list[str]) -> None:
        action = None
        if self.action_col is not None and self.action_col < len(cells) and len(cells) > 1:
            action = cells[self.action_col]
            cells = [c for i, c in enumerate(cells) if i != self.action_col]
        number = None
        if cells and BARE_NUMBER.match(cells[0]):
            number = BARE_NUMBER.match(cells[0]).group(1)
            cells = cells[1:]
        cells = [c for c in cells if c]
        if number and len(cells) >= 2 and PRESENTER.match(cells[-1]):
            cells = cells[:-1]  # "| 3 | Treasurer's report ... | MW |": who presented the item
        label, content = None, ""
        if len(cells) >= 2 and _is_label_cell(cells[0]):
            label, content = cells[0], "\n".join(cells[1:])
        elif cells:
            content = "\n".join(cells)
            first, _, rest = content.partition("\n")
            if number and _is_label_cell(first):
                label, content = first, rest
        if label:
            title = sentence_case(label) if label.isupper() else label.rstrip(":")
            self.in_title = False
            self.mode = heading_mode(title)
            listed = LABEL_CELL.match(title.strip())
            if listed and label_kind(listed) in ATTENDANCE_MODES:
                self._label(label_kind(listed), "")  # "| 1 | Apologies / Ann / Bob |"
            self._push(Item(title=" ".join(title.split()), number=number), 7)
        before = len(self.out.actions)
        if content:
            if label and is_minutes_item(self.item) and self._minutes_decision(content):
                self._entry("decision", content)
            else:
                self._lines([(line, False) for line in content.split("\n")], in_cell=True)
        if action:
            self._action_cell(action, content, self.out.actions[before:])

    def _action_cell(self, cell: str, content: str, made: list[Action]) -> None:
        """The ACTION column of a row; made holds the actions the row's text already gave."""
        for line in (x.strip() for x in cell.split("\n")):
            if not line or is_action_header(line):
                continue
            m = ACTION_PREFIX.match(line)
            text = m.group("rest") if m else line
            lead = lead_owners(text, self.people, strict=False)
            ownerless = [a for a in made if not a.owners]
            if lead.kind == "only" and ownerless:
                # "ACTION – …" in the text and only the owners in the column: one action.
                for owner in lead.owners:
                    if is_initialism(owner):
                        self._use(owner, "owner")
                ownerless[0].owners = list(lead.owners)
                made = made[made.index(ownerless[0]) + 1:]
                continue
            if lead.kind == "only":
                self._add_action(_summary(content) or text, lead.owners)
                continue
            owners = lead.owners if lead.kind and not lead.passive else []
            rest = text[lead.end:].strip() if owners else text
            if content and len(content) <= _SHORT_CONTENT and "\n" not in content.strip():
                text = f"{_task(content)}: {rest}"
            self._add_action(text, owners)
            self._entry("action", line)


def is_action_header(cell: str) -> bool:
    return bool(ACTION_HEADER.fullmatch(cell.strip()))


def _is_label_cell(cell: str) -> bool:
    words = cell.split()
    return ("\n" not in cell and 1 <= len(words) <= 10 and len(cell) <= 90
            and not cell.rstrip().endswith((".", ";", ",")))


def _task(content: str) -> str:
    """The short content of a row, as the start of its action's text."""
    text = " ".join(content.split()).rstrip(" .")
    text = LEADING_IMPORTANT.sub("", text)
    return text[:1].upper() + text[1:]


def _summary(content: str) -> str:
    paras = [p.strip() for p in content.split("\n") if p.strip()]
    return " ".join(paras[-1].split())[:300] if paras else ""
