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
# Phrases after which a sentence gives the date of a coming meeting.
NEXT_MEETING_CUES = re.compile(
    r"\bnext (?:meeting|call|telcon|teleconference|session|gathering)\b|"
    r"\bdate of the (?:\w+ )?meeting\b(?! (?:held|of) )|"
    r"\b(?:meeting|call) (?:will|shall) (?:now )?be (?:held )?(?:on|at)\b|"
    r"\bwe are (?:having|holding) a meeting\b|\bnext meets?\b", _I)
# A meeting a week on, as weekly bodies write it: "Agenda for next week", "the call next week".
NEXT_WEEK = re.compile(r"\bagenda for next week\b|\b(?:meeting|call)s? next week\b|"
                       r"\bnext week'?s (?:meeting|call)\b", _I)
_SENTENCE_END = re.compile(r"[.;!?](?=\s+[A-Z(]|\s*$)")
_WRITTEN_YEAR = re.compile(r"\d{4}|[/.]\d{2}\b")


class NextMeetingRules:
    def _future_dates(self, text: str) -> None:
        for date, start, end in find_dates(text, self.year()):
            self._add_next(self._rolled(date, text[start:end]), kind_of(text))

    def _next_meeting_in(self, text: str) -> None:
        low = text.casefold()
        if "next" not in low and "meeting" not in low and "call" not in low:
            return  # no cue below can match
        if NEXT_WEEK.search(text):
            self.next_week = True
        for m in NEXT_MEETING_CUES.finditer(text):
            window = text[m.end():m.end() + 100]
            stop = _SENTENCE_END.search(window)
            window = window[:stop.start()] if stop else window
            dates = find_dates(window, self.year())
            if dates and dates[0][1] <= 80:
                date, start, end = dates[0]
                self._add_next(self._rolled(date, window[start:end]), kind_of(window[:start]))
                return

    def _rolled(self, date: dt.date, written: str) -> dt.date:
        """"January 5" in December's minutes is next January's."""
        known = self.meeting_date or self.front_title_date or self.front_date or self.name_date
        if known and date < known and not _WRITTEN_YEAR.search(written):
            try:
                return date.replace(year=date.year + 1)
            except ValueError:  # 29 February
                return date
        return date

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
