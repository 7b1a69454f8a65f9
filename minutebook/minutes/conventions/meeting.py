"""The title block: body, title, meeting date and venue, from the lines above the first item.

    KENT SECONDARY FORUM            -> body
    Minutes of the meeting held at Oak Hall on 27 January 2010
    Date: 27/01/2010   Venue: Oak Hall
"""

from __future__ import annotations

import re

from .dates import find_dates, first_date
from .words import SMALL_WORDS

_I = re.IGNORECASE

# "Label: value" lines of the title block (see labels.py). "time" and its kin are
# read and set aside, so that "Time: 7pm" is not taken for the body or an item.
LABELS: dict[str, str] = {
    "date": r"date(?: and time)?(?: of (?:the )?meeting)?|meeting date|held on",
    "time": r"time|duration|start(?:ed)?|finish(?:ed)?|call|chat|repository|status|purpose|"
            r"agenda/summary|call in details",
    "venue": r"venue|location|place|where|held at",
    # "Place/Date/Duration: Munich, May 28, 12:30 - 13:15"
    "when_where": r"(?:place|venue|location)\s*/\s*date(?:\s*/\s*(?:time|duration))?|"
                  r"date\s*(?:/|and)\s*(?:time\s*(?:/|and)\s*)?(?:place|venue|location)",
}
_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?"
                   r"\s*(?:am|pm)?)?(?:\s+[A-Z]{2,4}T)?\b", _I)
# Meetings held online name their platform: "via Zoom", "(Teams)", "Video/Phone meeting".
PLATFORMS = ("Zoom", "Microsoft Teams", "MS Teams", "Teams", "Google Meet", "GoToMeeting",
             "GoToWebinar", "Skype", "Webex", "Jitsi", "Discord", "IRC", "BlueJeans",
             "Whereby", "Slack")
ONLINE_VIA = re.compile(r"\b(?:held )?(?:via|on|over|using|by)\s+(?P<v>(?:" +
                        "|".join(PLATFORMS) + r")\b(?:\s+(?:call|meeting|video ?call))?)", _I)
ONLINE_LINE = re.compile(r"\b(?:online|virtual|remote|video|telephone|phone|tele-?conference|"
                         r"conference call|hybrid)\b.*\bmeeting\b|\bmeeting\b.*\((?:" +
                         "|".join(PLATFORMS) + r")\)|^(?:online|virtual)(?: meeting)?$", _I)
HELD_AT = re.compile(r"\bheld (?:at|in) (?P<v>.+?)(?:\s+on\b|,?\s+(?:at\s+)?\d|$)", _I)
MINUTES_OF = re.compile(r"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\b"
                        r"(?:\s+of\s+(?:the\s+)?(?:(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?"
                        r"(?P<body>.+?))?$", _I)
BODY_MINUTES = re.compile(r"^(?P<body>.+?)\s*(?:[-–—:|]\s*)?\bminutes\b.*$", _I)
# Where the body's name ends in "Forum minutes of the meeting held on ...".
BODY_END = re.compile(r"\s+(?:held|meeting held|on)\b|,", _I)
# A second line of the heading names the body's committee, or the body again: "Ashcombe
# Parish Council" then "PLANNING COMMITTEE" (or its full name in capitals), then the title.
BODY_WORDS = re.compile(r"\b(?:council|committee|sub-?committee|board|forum|group|society|"
                        r"association|trust|panel|governors|club|partnership|executive|"
                        r"assembly|cabinet|commission|network|union)s?$", _I)
NOT_A_NAME = re.compile(r"\b(?:apologies|present|attend\w*|welcome|minutes|matters|declar\w*|"
                        r"agenda|items?|actions?|notes?)\b", _I)


class TitleBlockRules:
    def _when_where(self, value: str) -> None:
        """"Munich, May 28, 12:30 - 13:15 CEST": the place is what is not a date or a time."""
        dates = find_dates(value, self.year())
        if dates and not self.meeting_date:
            self.meeting_date = dates[0][0]
        rest = value
        for _, start, end in reversed(dates):
            rest = rest[:start] + " " + rest[end:]
        place = next((p.strip() for p in _TIME.sub(" ", rest).split(",")
                      if p.strip(" -–") and not any(c.isdigit() for c in p)), None)
        if place and not self.out.venue:
            self.out.venue = place.strip(" .-–")

    def _title_line(self, text: str) -> bool:
        """Body, title, date and venue from the lines above the first item."""
        clean = " ".join(text.split()).strip(" #*")
        if not clean or len(clean) > 200:
            return False
        low = clean.casefold()
        date = first_date(clean, self.year())
        if date and not self.meeting_date and (len(clean.split()) <= 12 or "held" in low):
            self.meeting_date = date
        venue = HELD_AT.search(clean)
        if venue and not self.out.venue:
            self.out.venue = venue.group("v").strip(" ,.")
        online = ONLINE_VIA.search(clean)
        if online and not self.out.venue:
            self.out.venue = online.group("v")
        elif not self.out.venue and len(clean.split()) <= 8 and ONLINE_LINE.search(clean):
            self.out.venue = clean.strip(" .")
            return True
        m = MINUTES_OF.match(clean)
        if m:
            self.out.title = self.out.title or "Minutes"
            if m.group("body"):
                self._set_body(_cut_body(m.group("body")))
            return True
        m = BODY_MINUTES.match(clean)
        if m:
            self.out.title = self.out.title or "Minutes"
            self._set_body(_cut_body(m.group("body")))
            return True
        if date and len(clean.split()) <= 6:
            return True
        if self.out.body is None and len(clean.split()) <= 12 and clean[-1] not in ".;,":
            self._set_body(clean.split(":")[0])
            return True
        return self._second_name_line(clean)

    def _second_name_line(self, clean: str) -> bool:
        """A short name under the body's, above a title not yet read: part of the heading."""
        if self.out.body is None or self.out.title or self.meeting_date or self.out.items:
            return False
        if len(clean.split()) > 8 or any(c.isdigit() for c in clean) or clean[-1] in ".;,:":
            return False
        if NOT_A_NAME.search(clean):
            return False
        return clean.isupper() or bool(BODY_WORDS.search(clean))

    def _set_body(self, body: str) -> None:
        body = body.strip(" -–—:,.")
        if body and self.out.body is None:
            self.out.body = _smart_title(body) if body.isupper() else body


def _smart_title(text: str) -> str:
    words = text.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low in SMALL_WORDS else low.capitalize())
    return " ".join(out)


def _cut_body(text: str) -> str:
    text = BODY_END.split(text, maxsplit=1)[0]
    return re.sub(r"\s+meeting$", "", text.strip(), flags=re.I)
