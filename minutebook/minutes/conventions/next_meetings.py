"""Dates of the next and future meetings: "Date of next meeting: ...", a list or table under
"Dates of future meetings", and "the next meeting will be held on ..." in a sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates

_I = re.IGNORECASE

# The label of a "Date of next meeting: 4 March" line (see labels.py).
LABELS: dict[str, str] = {
    "next": r"date (?:and (?:time|venue) )?of (?:the )?next meeting|next meeting(?: date)?",
}
# Words that name the kind of a future meeting ("Executive: 3 May").
MEETING_KINDS = {"executive", "forum", "board", "committee", "agm", "full", "annual", "sub",
                 "special", "extraordinary", "general", "cabinet", "council"}
_NOT_KIND = {"meeting", "meetings", "date", "dates", "of", "the", "next", "on", "at", "and",
             "pm", "am"}
NEXT_MEETING = re.compile(r"\bnext meeting\b", _I)


class NextMeetingRules:
    def _future_dates(self, text: str) -> None:
        year = self.year()
        for date, _, _ in find_dates(text, year):
            self._add_next(date, kind_of(text))

    def _next_meeting_in(self, text: str) -> None:
        m = NEXT_MEETING.search(text)
        if not m:
            return
        year = self.year()
        window = text[m.end():m.end() + 60]
        dates = find_dates(window, year)
        if dates and dates[0][1] <= 25:
            self._add_next(dates[0][0], None)

    def _add_next(self, date: dt.date, kind: str | None) -> None:
        if date in self.next_dates:
            self.next_dates[date] = self.next_dates[date] or kind
        else:
            self.next_dates[date] = kind


def kind_of(text: str) -> str | None:
    words = [w for w in re.findall(r"[a-z]+", text.casefold()) if w not in _NOT_KIND]
    for word in words:
        if word in MEETING_KINDS:
            return word
    return None
