"""Whole tables with a known shape, read by their header row:

    attendance grids   | Name | Present | Apologies |   or   | Member | Attendance |  (P / A / ✓)
    action tables      | Action | Owner | Due |         or   | No. | Detail | Resp. | Status |

and, under an attendance heading, a table of names with a Yes column. A table of the
actions of an earlier meeting (under "Actions of the previous meeting") is a review, not
new actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block
from .dates import first_date
from .names import clean_person

_I = re.IGNORECASE

# Header cells, one table per column kind; a cell may carry a colon or a footnote mark.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "names", "member", "members", "attendee", "attendees", "councillor",
             "councillors", "governor", "governors", "trustee", "trustees", "person",
             "representative", "participant", "participants", "director", "directors"),
    "initials": ("init", "initials", "init.", "inits"),
    "present": ("present", "attended", "attending", "in attendance", "here"),
    "apologies": ("apologies", "apology", "regrets", "sent apologies"),
    "absent": ("absent", "not present"),
    "attendance": ("attendance", "status", "p/a", "attendance (p/a)"),
    "task": ("action", "actions", "action required", "agreed action", "description", "detail",
             "details", "task", "tasks", "what", "item description", "action point",
             "action points"),
    "owner": ("owner", "owners", "who", "responsible", "resp", "res", "lead", "by whom",
              "assigned to", "action by", "person responsible", "by", "actionee"),
    "due": ("due", "due date", "deadline", "by when", "target date", "when", "date due",
            "target"),
}
# A mark in a grid cell that says "this applies".
MARK = re.compile(r"^(?:[x✓✔+*•●]|y|yes|p|present|attended)$", _I)
# The value of a single Attendance column.
ATTENDANCE_VALUES: dict[str, str] = {
    **dict.fromkeys(("p", "present", "attended", "y", "yes", "x", "✓", "✔"), "present"),
    **dict.fromkeys(("a", "ap", "apol", "apols", "apologies", "apology", "sent apologies"),
                    "apologies"),
    **dict.fromkeys(("abs", "absent", "n", "no", "not present"), "absent"),
}
# The header of a column of coming meeting dates: "TAC Meeting Date", "Dates of meetings".
SCHEDULE_HEADER = re.compile(r"\bmeeting dates?\b|\bdates? of (?:the )?(?:future |next )?"
                             r"meetings?\b|^(?:future|next) meetings?$", _I)
_OWNER_SPLIT = re.compile(r"\s*(?:/|&|\+|,|;|\band\b)\s*")


def _header_kind(cell: str) -> str | None:
    key = re.sub(r"\*\*\(?\d\)?\*\*|\(\d\)|[:*]", "", cell).strip().casefold().rstrip(".")
    return next((kind for kind, words in HEADERS.items() if key in words), None)


@dataclass
class Shape:
    kind: str                 # "attendance", "actions", "marks" or "schedule"
    header: int               # index of the header row among the table's rows
    columns: dict[str, int]


def table_shape(rows: list[Block], mode: str | None) -> Shape | None:
    """The shape of a table from its first rows; None for an ordinary table."""
    for n, row in enumerate(rows[:3]):
        cells = [" ".join(c.split()) for c in row.cells]
        if not any(cells):
            continue
        dates = [i for i, c in enumerate(cells) if SCHEDULE_HEADER.search(c) and len(c) < 40]
        if dates:
            return Shape("schedule", n, {"date": dates[0]})
        if any(len(c.split()) > 5 for c in cells):
            break
        columns: dict[str, int] = {}
        for i, cell in enumerate(cells):
            kind = _header_kind(cell) if cell else None
            if kind and kind not in columns:
                columns[kind] = i
        statuses = {"present", "apologies", "absent", "attendance"} & set(columns)
        if "name" in columns and statuses:
            return Shape("attendance", n, columns)
        if "task" in columns and "owner" in columns:
            return Shape("actions", n, columns)
        break
    if mode == "present" and sum(1 for r in rows if r.cells and (
            MARK.match(r.cells[-1].strip()) or not r.cells[-1].strip())) * 4 >= len(rows) * 3:
        return Shape("marks", -1, {})
    return None


def attendance_of(shape: Shape, cells: list[str]) -> tuple[str, str] | None:
    """(status, name as written) for one row of an attendance grid or marks table; the name
    carries the row's initials in brackets where the grid has an Initials column."""
    if shape.kind == "marks":
        name = next((c for c in cells[:-1] if clean_person(c)), None)
        return ("present", name) if name and MARK.match(cells[-1].strip()) else None
    cols = shape.columns
    name = _at(cells, cols["name"])
    if not name or not clean_person(name):
        return None
    initials = _at(cells, cols["initials"]) if "initials" in cols else ""
    if re.fullmatch(r"[A-Za-z]{2,5}", initials) and "(" not in name:
        name = f"{name} ({initials})"
    for status in ("present", "apologies", "absent"):
        if status in cols and MARK.match(_at(cells, cols[status])):
            return status, name
    if "attendance" in cols:
        status = ATTENDANCE_VALUES.get(_at(cells, cols["attendance"]).casefold())
        if status:
            return status, name
    return None


def action_of(shape: Shape, cells: list[str], year: int | None
              ) -> tuple[str, list[str], str | None] | None:
    """(text, owners, due) for one row of an action table."""
    text = _at(cells, shape.columns["task"])
    if not text or _header_kind(text) == "task":
        return None
    owners = [o for o in _OWNER_SPLIT.split(_at(cells, shape.columns["owner"])) if o]
    due = None
    if "due" in shape.columns:
        date = first_date(_at(cells, shape.columns["due"]), year)
        due = date.isoformat() if date else None
    return " ".join(text.split()), owners, due


def _at(cells: list[str], i: int) -> str:
    return cells[i].strip() if i < len(cells) else ""
