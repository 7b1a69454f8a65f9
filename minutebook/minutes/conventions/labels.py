"""\"Label: value\" lines and the label cells of header tables ("Venue: Village Hall").

The labels come from the families' LABELS tables; the first that matches wins, so the
longer "date of next meeting" is tried before "date".
"""

from __future__ import annotations

import re

from . import attendance, meeting, next_meetings
from .attendance import ATTENDANCE_MODES, looks_like_list
from .dates import first_date

_I = re.IGNORECASE

LABELS: dict[str, str] = {**next_meetings.LABELS, **meeting.LABELS, **attendance.LABELS}
LABEL_LINE = re.compile(
    r"^(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items()) + r")"
    r"(?:\s*\([^()]{1,40}\))?"  # "Attendance (please add yourself):", "Present (six):"
    r"\s*(?:[:\-–—\t]\s*(?P<value>.*)|$)", _I)
ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+")
EMBEDDED_LABEL = re.compile(
    r"[.;,]?\s+(?=(?:(?:parish|town|assistant|deputy)\s+)?(?:" + "|".join(
        attendance.LABELS[k] for k in ("present", "apologies", "absent", "scribe", "chair")) +
    r")\s*:)", _I)
LABEL_CELL = re.compile(
    r"^(?:" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items()) + r")\s*:?$", _I)


class LabelRules:
    def _label_line(self, text: str) -> bool:
        m = LABEL_LINE.match(text)
        if not m:
            # "1. Those attending: Ann Lee, ..." — a numbered item that is the list itself
            numbered = ITEM_NUMBER.match(text)
            m = LABEL_LINE.match(text[numbered.end():]) if numbered else None
            if not m or label_kind(m) not in ATTENDANCE_MODES or not m.group("value"):
                return False
        kind = label_kind(m)
        value = (m.group("value") or "").strip().lstrip("-–— ").strip()
        later = None
        if kind in ATTENDANCE_MODES:
            # "Present: Ann Lee, Bob Roe. Clerk: Cy Dee In attendance: two residents"
            cut = EMBEDDED_LABEL.search(value)
            if cut:
                value, later = value[:cut.start()].strip(" .;"), value[cut.end():].strip()
            if value and not looks_like_list(value):
                return False
        self._label(kind, value)
        if later:
            self._label_line(later)
        return True

    def _list_size(self, kind: str) -> int:
        return len({"apologies": self.out.apologies, "absent": self.out.absent}.get(
            kind, self.out.present))

    def _close_list(self) -> None:
        """A "Present:" heading under which no name could be read is worth a warning."""
        if self.open_list:
            kind, size, seen = self.open_list
            # an empty Apologies section is normal; so is a heading straight over a label
            if kind == "present" and self._list_size(kind) == size and self.seen - 1 > seen:
                self.empty_lists.append((kind, kind.capitalize()))
            self.open_list = None

    def _label(self, kind: str, value: str) -> None:
        if not value and kind in ("date", "venue", "when_where"):
            self.mode = f"value:{kind}"  # a heading "Venue": the value is the next line
            return
        if kind == "when_where":
            self._when_where(value)
        elif kind == "date":
            date = first_date(value, self.year())
            if date and not self.meeting_date:
                self.meeting_date = date
        elif kind == "venue":
            if value and not self.out.venue:
                self.out.venue = value.strip(" .")
        elif kind == "next":
            self._future_dates(value)
            self.mode = "future" if not value else None
            return
        elif kind in ATTENDANCE_MODES:
            self.in_title = False
            self._close_list()
            if value:
                self._add_people(kind, value)
            else:
                self.open_list = (kind, self._list_size(kind), self.seen)
            self.mode = kind
            self.mode_indent = -1
            self.list_bulleted = False
            return
        self.mode = None


def label_kind(m: re.Match) -> str:
    """The family key of a LABEL_LINE or LABEL_CELL match."""
    return next(k for k in LABELS if m.group(k))
