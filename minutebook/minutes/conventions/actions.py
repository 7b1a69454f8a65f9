"""Actions: ACTION lines, action lists under an Actions heading, "@name: ..." and
"..., ACTION SC." forms, and the due date an action gives.

    ACTION: AB to circulate the draft by 3 March
    Actions
    - Clerk to write to the county council
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Action
from .dates import find_dates
from .decisions import DECISION_PREFIX
from .names import fold, is_initialism
from .next_meetings import NEXT_MEETING
from .owners import NOT_OWNERS, Lead, People, is_owner_word, lead_owners, trailing_owners
from .words import PLACEHOLDER, SENTENCE_SPLIT

_I = re.IGNORECASE

ACTION_PREFIX = re.compile(
    r"^(?:\[\s*ACTIONS?\s*\]|ACTIONS?\b(?:\s+(?:POINTS?|ITEMS?))?"
    r"|Actions?(?:\s+(?:[Pp]oints?|[Ii]tems?))?(?=\s*[:\-–—])"
    r"|Action(?=\s+[A-Z]{2,4}\b)|Action(?=\s+(?:all|new|old|the)\s[^:]{1,30}:)|AI(?=\s*[:\-–—])|AI is to(?=\s))\s*[:\-–—]?\s*(?P<rest>.*)$")
# A line that announces the actions nested under it: "ACTION:", "Series of actions:".
ACTION_BLOCK = re.compile(r"^(?:ACTIONS?|Actions?(?: [Ii]tems?| [Pp]oints?)?|AIs?|"
                          r"(?:a )?series of actions|next steps|actions agreed)\s*:\s*$", _I)
# A group named before a colon in an ACTION line, and words that are not groups there.
GROUP_OWNER = re.compile(r"^(?P<who>(?i:all|everyone|everybody|(?:old|new|the)\s+(?:committee|"
                         r"members|officers|trustees|directors|board))|[A-Z]{2,}(?:\s+[A-Z]{2,})+)"
                         r"\s*:\s+(?P<rest>\S.*)$")
NOT_GROUPS = {"note", "nb", "update", "status", "done", "deadline", "due"}
# An entry of an actions list reported done at this meeting: not a new action.
DONE_ENTRY = re.compile(r"[\[(]\s*(?:closed|done|complete[d]?|completed)\s*[\])]\s*\.?$|"
                        r"^(?:~~.*~~|\[x\]\s.*)$", _I)
# A status line under an action: "Action complete" reports it done, so it is not new work.
ACTION_DONE = re.compile(r"^(?:action\s+)?(?:complete[d]?|done|closed|finished)\.?$", _I)
TRAILING_ACTION = re.compile(r"^(?P<body>.+?[.;])\s*\(?\b(?:ACTION|Action)\s*[:\-–—]?\s*"
                             r"(?P<who>[^.:;]{1,60}?)\)?\.?$")
AT_OWNER = re.compile(r"^@(?P<who>[A-Za-z][\w.-]*):\s*(?P<rest>[^<>]+)$")
DUE_LEAD = re.compile(r"\b(?:by|before|no later than|due(?: by| on)?|deadline(?: of| is)?:?|"
                      r"until)\s+(?:the\s+)?(?:end of\s+)?$", _I)
PURPOSE_CLAUSE = re.compile(r",?\s+(?:in order (?:to|that)|so that)\b.*$", _I)
FOLLOWING_MEETING = re.compile(r"^(?:following|after|outside(?: of)?) the meeting,?\s+", _I)
LEADING_IMPORTANT = re.compile(r"^(?:it is\s+)?(?:important|essential|necessary|agreed)\s+"
                               r"(?:to|that)\s+", _I)
# "1.", "2)", "(a)", "iv." in front of an entry of an actions or decisions list.
LIST_NUMBER = re.compile(r"^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\d{1,3}\.\d{1,2}\.?)\s+(?=\S)", _I)
# Work the minutes give without a doer: "The vacancies will be advertised", "a donation is to
# be sent", "details should be obtained". Only these verbs: "will be pleased" gives no work;
# and not reported speech ("Ann noted that the form will be sent").
TASK_PARTICIPLES = (
    "advertised", "sent", "forwarded", "circulated", "distributed", "displayed", "placed",
    "posted", "put", "obtained", "sought", "reviewed", "reported", "contacted", "approached",
    "presented", "published", "arranged", "ordered", "purchased", "bought", "written",
    "drafted", "prepared", "updated", "repaired", "replaced", "checked", "investigated",
    "chased", "booked", "organised", "organized", "requested", "added", "removed", "cleared",
    "cut", "renewed", "submitted", "filed", "raised", "referred", "passed on", "passed onto",
)
PASSIVE_TASK = re.compile(
    r"^(?:[^,;:]{0,60}?\b(?:agreed|resolved|decided|seconded|requested|recommended)\s+that\s+)?"
    r"(?P<task>(?!(?:it|this|that|they|he|she|we|there)\b)[A-Za-z£](?:(?!\bthat\b)[^,;:]){2,80}?\s+"
    r"(?:will|would|should|shall|must|is to|are to|needs? to|need to)\s+(?:now\s+|also\s+|then\s+)?"
    r"be\s+(?:" + "|".join(TASK_PARTICIPLES) + r")\b.*)$", _I)
DONE_MARK = re.compile(r"[✅✔☑✓]\ufe0f?\s*")


class ActionRules:
    def _summary_line(self, text: str, indent: int) -> bool:
        from .items import heading_mode  # items reads ACTION_PREFIX from here

        other = heading_mode(text)
        if other in ("actions", "decisions") and other != self.mode:
            # "Decisions" on its own line under an Actions list opens the next list
            self.mode, self.mode_indent, self.skip_indent = other, -1, -1
            self.summary_from = len(self.out.actions)
            return True
        if self.mode_indent < 0:
            self.mode_indent = indent
        if indent > self.mode_indent or (0 <= self.skip_indent < indent):
            return True  # comments nested under an action, or a deferred group
        self.skip_indent = -1
        if self.mode == "review":
            self.out.reviewed.append(text)
        text = LIST_NUMBER.sub("", text)
        if DONE_ENTRY.search(text):
            self._entry("action", text)
            return True
        if text.endswith(":") or text.casefold().startswith("deferred"):
            self.skip_indent = indent
            return True
        if self.mode == "decisions":
            m = DECISION_PREFIX.match(text)
            self._decision(m.group("rest") if m and m.group("rest") else text, listed=True)
            self._entry("decision", text)
            return True
        m = ACTION_PREFIX.match(text)
        self._prefixed_action(m.group("rest") if m else text, summary=self.mode == "actions",
                              listed=True)
        self._entry("action", text)
        return True

    def _prefixed_action(self, text: str, summary: bool = False, listed: bool = False) -> None:
        self.listed_actions = self.listed_actions or listed
        text = DONE_MARK.sub("", text).strip()
        if PLACEHOLDER.match(text):
            return
        for part, owners in self._split_actions(text):
            if summary and self._restates(part, owners):
                continue
            self._add_action(part, owners)

    def _split_actions(self, text: str) -> list[tuple[str, list[str]]]:
        """"RV to draft. KK to assign issues." is two actions; other sentences stay."""
        group = GROUP_OWNER.match(text)
        if group and group.group("who").casefold() not in NOT_GROUPS:
            # "ACTION ALL: attend ...", "Action new members: write a bio": owners as written
            return [(group.group("rest"), [group.group("who")])]
        sentences = [s for s in SENTENCE_SPLIT.split(text) if s.strip()]
        lead = lead_owners(text, self.people, strict=False)
        if not (lead.kind in ("to", "colon", "verb") and not lead.passive):
            return [(text, trailing_owners(text, self.people))]
        groups: list[tuple[list[str], list[str]]] = [([sentences[0]], lead.owners)]
        for sentence in sentences[1:]:
            nxt = lead_owners(sentence, self.people, strict=True)
            if nxt.kind == "to" and not nxt.passive and all_people(nxt, self.people):
                groups.append(([sentence], nxt.owners))
            else:
                groups[-1][0].append(sentence)
        return [(" ".join(parts), owners) for parts, owners in groups]

    def _restates(self, text: str, owners: list[str]) -> bool:
        """A summary list repeating an action already minuted under its item."""
        words = _tokens(text)
        key = {o.casefold() for o in owners}
        for earlier in self.out.actions[:self.summary_from]:
            if id(earlier) in self.narrative:
                continue  # the list's entry stands; the discussion's is dropped at the end
            if {o.casefold() for o in earlier.owners} != key:
                continue
            other = _tokens(earlier.text)
            small = min(len(words), len(other))
            if small and len(words & other) / small >= 0.7:
                return True
        return False

    def _add_action(self, text: str, owners: list[str], narrative: bool = False) -> None:
        text = PURPOSE_CLAUSE.sub("", " ".join(text.split())).strip()
        if not text or PLACEHOLDER.match(text):
            return
        for owner in owners:
            if is_initialism(owner):
                self._use(owner, "owner")
        item = self._top_item()
        action = Action(text=text, owners=list(owners), item=item.title if item else None,
                        confidential=self._confidential(text),
                        mentions_next_meeting=bool(NEXT_MEETING.search(text)))
        self.out.actions.append(action)
        if narrative:
            self.narrative.add(id(action))
        self._next_meeting_in(text)

    def _drop_narrative(self) -> None:
        """Where the clerk gathers the actions in a list of their own (an Actions section, a
        "Series of actions:" block), those are the actions: "Ann agreed to look into it" in the
        discussion is not one. ACTION lines among the discussion gather nothing."""
        if self.listed_actions:
            self.out.actions = [a for a in self.out.actions if id(a) not in self.narrative]
        if self.listed_decisions:  # so too a Decisions list
            self.out.decisions = [d for d in self.out.decisions
                                  if id(d) in self.listed_decisions]

    def _action_done(self) -> bool:
        """Drop the action just minuted when the next line reports it done."""
        item = self._top_item()
        if self.out.actions and self.out.actions[-1].item == (item.title if item else None):
            self.narrative.discard(id(self.out.actions.pop()))
            return True
        return False

    def _due_dates(self, next_dates: list[dt.date]) -> None:
        year = self.year()
        for action in self.out.actions:
            if action.due:
                continue  # given by a Due column
            due = None
            for date, start, _ in find_dates(action.text, year):
                if DUE_LEAD.search(action.text[max(0, start - 30):start]):
                    if self.meeting_date is None or date > self.meeting_date:
                        due = date
                        break
            if due is None and action.mentions_next_meeting:
                m = NEXT_MEETING.search(action.text)
                inline = find_dates(action.text[m.end():m.end() + 60], year)
                if inline and inline[0][1] <= 25:
                    due = inline[0][0]
                elif next_dates:
                    due = next_dates[0]
            action.due = due.isoformat() if due else None


def all_people(lead: Lead, people: People) -> bool:
    return all(is_owner_word(o, people) for o in lead.owners)


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", fold(text)) if t not in NOT_OWNERS}

