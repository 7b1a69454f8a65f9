"""From reader blocks to ParsedMinutes.

The parser walks the blocks once. Table rows are read as committee minutes are
usually laid out: a label cell (the item, or DATE / VENUE / MEMBERS), a content
cell, and perhaps an ACTION column. Paragraph text is read line by line with a
small amount of state: the current item, and a mode set by the last heading
(attendance lists, an actions summary, dates of future meetings...).
"""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .dates import find_dates, first_date, is_only_date
from .model import Action, Block, Decision, Entry, Item, Meeting, ParsedMinutes, Person
from .owners import Lead, People, lead_owners, trailing_owners
from .people import (
    cleaned_words,
    fold,
    has_title_only,
    initials_of,
    is_initialism,
    norm_name,
    parse_people,
    strip_markup,
)

_ATTENDANCE_MODES = {"present", "apologies", "absent", "chair", "scribe"}
_ROLE_OF_MODE = {"chair": "Chair", "scribe": "Scribe"}
_MAX_TITLE_WORDS = 14
_SHORT_CONTENT = 200


def parse_blocks(blocks: list[Block], known_people: list[str] | None = None) -> ParsedMinutes:
    return _Parser(known_people or []).run(blocks)


class _Parser:
    def __init__(self, known_people: list[str]) -> None:
        self.out = ParsedMinutes()
        self.people = People()
        self.known_people = list(known_people)
        for name in known_people:
            self.people.add(name)
        self.stack: list[tuple[int, Item]] = []
        self.mode: str | None = None
        self.mode_indent = -1
        self.skip_indent = -1
        self.in_title = True
        self.markdown = False
        self.proposal: str | None = None
        self.used: dict[str, set[str]] = {}
        self.confidential_items: set[int] = set()
        self.summary_from = 0
        self.table = None
        self.action_col: int | None = None
        self.kind_header: tuple[str, ...] | None = None
        self.meeting_date: dt.date | None = None
        self.next_dates: dict[dt.date, str | None] = {}
        self.minutes_decided: set[int] = set()

    # ------------------------------------------------------------------ driver

    def run(self, blocks: list[Block]) -> ParsedMinutes:
        self.markdown = any(b.kind == "paragraph" and P.MD_HEADING.match(b.text.lstrip())
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
                self._row(block)
        self._lines(unit)
        return self._finish()

    # ------------------------------------------------------------------ lines

    def _lines(self, unit: list[tuple[str, bool]], in_cell: bool = False) -> None:
        if not unit:
            return
        numbered = _numbered_headings([line for line, _ in unit])
        for index, (raw, single) in enumerate(unit):
            self._line(raw, single and not in_cell, index in numbered, in_cell)

    def _line(self, raw: str, standalone: bool, numbered: bool, in_cell: bool) -> None:
        indent = len(raw) - len(raw.lstrip(" \t"))
        text = strip_markup(raw).strip()
        bulleted = bool(P.BULLET.match(text))
        text = P.BULLET.sub("", text).strip()
        if not text:
            return
        md = P.MD_HEADING.match(text) if raw.lstrip().startswith("#") else None
        if md:
            self._heading(md.group(2).strip(), len(md.group(1)), None)
            return
        if P.RULE.match(text):
            return
        if self._label_line(text):
            return
        if numbered:
            m = P.NUMBERED.match(text)
            self._heading(m.group("title").strip(" :"), 10 + m.group("num").count("."),
                          m.group("num"))
            return
        if self._caps_heading(text, standalone, bulleted):
            return
        if self.mode and self._mode_line(text, indent):
            return
        if self._title_heading(text, standalone, bulleted, in_cell):
            return
        if self.in_title and not self.out.items and self._title_line(text):
            return
        self._content(text)

    def _label_line(self, text: str) -> bool:
        m = P.LABEL_LINE.match(text)
        if not m:
            return False
        kind = next(k for k in P.LABELS if m.group(k))
        value = (m.group("value") or "").strip()
        if kind in _ATTENDANCE_MODES and value and not _looks_like_list(value):
            return False
        self._label(kind, value)
        return True

    def _label(self, kind: str, value: str) -> None:
        if kind == "date":
            date = first_date(value)
            if date and not self.meeting_date:
                self.meeting_date = date
        elif kind == "venue":
            if value and not self.out.venue:
                self.out.venue = value.strip(" .")
        elif kind == "next":
            self._future_dates(value)
            self.mode = "future" if not value else None
            return
        elif kind in _ATTENDANCE_MODES:
            self.in_title = False
            if value:
                self._add_people(kind, value)
            self.mode = kind
            self.mode_indent = -1
            return
        self.mode = None

    def _mode_line(self, text: str, indent: int) -> bool:
        mode = self.mode
        if mode in _ATTENDANCE_MODES:
            if _looks_like_list(text):
                self._add_people(mode, text)
                return True
            self.mode = None
            return False
        if mode in ("actions", "review", "decisions"):
            return self._summary_line(text, indent)
        if mode == "future":
            self._future_dates(text)
        return False

    def _summary_line(self, text: str, indent: int) -> bool:
        if self.mode_indent < 0:
            self.mode_indent = indent
        if indent > self.mode_indent or (0 <= self.skip_indent < indent):
            return True  # comments nested under an action, or a deferred group
        self.skip_indent = -1
        if text.endswith(":") or text.casefold().startswith("deferred"):
            self.skip_indent = indent
            return True
        if self.mode == "decisions":
            m = P.DECISION_PREFIX.match(text)
            self._decision(m.group("rest") if m and m.group("rest") else text)
            self._entry("decision", text)
            return True
        m = P.ACTION_PREFIX.match(text)
        self._prefixed_action(m.group("rest") if m else text, summary=self.mode == "actions")
        self._entry("action", text)
        return True

    # ------------------------------------------------------------------ headings

    def _caps_heading(self, text: str, standalone: bool, bulleted: bool) -> bool:
        body = text.rstrip(":").strip()
        if bulleted or len(body) > 80 or not P.CAPS_WORD.search(body):
            return False
        letters = [c for c in body if c.isalpha()]
        if not letters or any(c.islower() for c in letters) or len(body.split()) > 10:
            return False
        if P.ACTION_PREFIX.match(body) or P.NOTE.match(body) or P.DECISION_PREFIX.match(body):
            return False
        if self.in_title and not self.out.items and self._title_line(text):
            return True
        self._heading(_sentence_case(body), 7, None)
        return True

    def _title_heading(self, text: str, standalone: bool, bulleted: bool, in_cell: bool) -> bool:
        """A short stand-alone line in title case, in documents without markdown headings."""
        if not standalone or bulleted or in_cell or self.markdown:
            return False
        words = text.split()
        if not 1 <= len(words) <= 8 or text[-1] in ".;,!?:" or not text[0].isupper():
            return False
        if find_dates(text) or P.ACTION_PREFIX.match(text) or P.NOTE.match(text):
            return False
        capitals = sum(1 for w in words if w[0].isupper() or w.casefold() in P.SMALL_WORDS)
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
        if level == 1 and not self.out.items and self.in_title and number is None:
            self._title_line(title)
            return
        label = P.LABEL_CELL.match(title)
        if label and number is None:
            self._label(next(k for k in P.LABELS if label.group(k)), "")
            return
        self.in_title = False
        self.mode = _heading_mode(title)
        if self.mode == "actions":
            self.summary_from = len(self.out.actions)
        item = Item(title=title, number=number)
        self._push(item, level)
        if number and P.LABEL_CELL.match(title):
            label = P.LABEL_CELL.match(title)
            self.mode = next(k for k in P.LABELS if label.group(k))

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

    # ------------------------------------------------------------------ title block

    def _title_line(self, text: str) -> bool:
        """Body, title, date and venue from the lines above the first item."""
        clean = " ".join(text.split()).strip(" #*")
        if not clean or len(clean) > 200:
            return False
        low = clean.casefold()
        date = first_date(clean)
        if date and not self.meeting_date and (len(clean.split()) <= 12 or "held" in low):
            self.meeting_date = date
        venue = re.search(r"\bheld (?:at|in) (?P<v>.+?)(?:\s+on\b|,?\s+(?:at\s+)?\d|$)",
                          clean, re.I)
        if venue and not self.out.venue:
            self.out.venue = venue.group("v").strip(" ,.")
        m = re.match(r"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\b"
                     r"(?:\s+of\s+(?:the\s+)?(?:(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?"
                     r"(?P<body>.+?))?$", clean, re.I)
        if m:
            self.out.title = self.out.title or "Minutes"
            if m.group("body"):
                self._set_body(_cut_body(m.group("body")))
            return True
        m = re.match(r"^(?P<body>.+?)\s*(?:[-–—:|]\s*)?\bminutes\b.*$", clean, re.I)
        if m:
            self.out.title = self.out.title or "Minutes"
            self._set_body(_cut_body(m.group("body")))
            return True
        if date and len(clean.split()) <= 6:
            return True
        if self.out.body is None and len(clean.split()) <= 12 and clean[-1] not in ".;,":
            self._set_body(clean.split(":")[0])
            return True
        return False

    def _set_body(self, body: str) -> None:
        body = body.strip(" -–—:,.")
        if body and self.out.body is None:
            self.out.body = _smart_title(body) if body.isupper() else body

    # ------------------------------------------------------------------ tables

    def _row(self, block: Block) -> None:
        if block.table != self.table:
            self.table = block.table
            self.action_col = None
            self.kind_header = None
        cells = [" ".join(c.split()) if "\n" not in c else c.strip() for c in block.cells]
        if self._header_row(cells) or self._date_row(cells) or self._label_row(cells):
            return
        self._item_row(cells)

    def _header_row(self, cells: list[str]) -> bool:
        flat = [c for c in cells if c]
        if not flat or any(len(c.split()) > 6 or "\n" in c for c in flat):
            return False
        action = [i for i, c in enumerate(cells) if _is_action_header(c)]
        if action:
            self.action_col = action[-1]
            if not self.out.items:
                for i, cell in enumerate(cells):
                    if i != self.action_col and cell:
                        self._title_line(cell)
            return True
        meetingish = all(re.search(r"\b(?:meetings?|executive|forum|board|committee)\b", c, re.I)
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
        label_kind = _kind_of(labels[0]) if labels else None
        for i, date in dates:
            if date is None:
                continue
            kind = label_kind
            if self.kind_header and i < len(self.kind_header):
                kind = _kind_of(self.kind_header[i]) or kind
            self._add_next(date, kind)
        return True

    def _label_row(self, cells: list[str]) -> bool:
        first = next((c for c in cells if c), "")
        label = P.LABEL_CELL.match(first)
        if not label:
            return False
        kind = next(k for k in P.LABELS if label.group(k))
        rest = [c for i, c in enumerate(cells) if c and c is not first and i != self.action_col]
        value = "\n".join(rest)
        if kind in _ATTENDANCE_MODES:
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
        if cells and P.BARE_NUMBER.match(cells[0]):
            number = P.BARE_NUMBER.match(cells[0]).group(1)
            cells = cells[1:]
        cells = [c for c in cells if c]
        label, content = None, ""
        if len(cells) >= 2 and _is_label_cell(cells[0]):
            label, content = cells[0], "\n".join(cells[1:])
        elif cells:
            content = "\n".join(cells)
            first, _, rest = content.partition("\n")
            if number and _is_label_cell(first):
                label, content = first, rest
        if label:
            title = _sentence_case(label) if label.isupper() else label.rstrip(":")
            self.in_title = False
            self.mode = _heading_mode(title)
            self._push(Item(title=" ".join(title.split()), number=number), 7)
        before = len(self.out.actions)
        if content:
            if label and MINUTES_TITLE(self.item) and self._minutes_decision(content):
                self._entry("decision", content)
            else:
                self._lines([(line, False) for line in content.split("\n")], in_cell=True)
        if action:
            self._action_cell(action, content, self.out.actions[before:])

    def _action_cell(self, cell: str, content: str, made: list[Action]) -> None:
        """The ACTION column of a row; made holds the actions the row's text already gave."""
        for line in (x.strip() for x in cell.split("\n")):
            if not line or _is_action_header(line):
                continue
            m = P.ACTION_PREFIX.match(line)
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

    # ------------------------------------------------------------------ content

    def _content(self, text: str) -> None:
        if P.PLACEHOLDER.match(text):
            return
        if self._attendance_sentence(text):
            return
        kind = self._keyword_line(text)
        if kind is None:
            kind = self._sentences(text)
        self._entry(kind, text)

    def _keyword_line(self, text: str) -> str | None:
        m = P.AT_OWNER.match(text)
        if m:
            self._add_action(m.group("rest"), [m.group("who")])
            return "action"
        m = P.ACTION_PREFIX.match(text)
        if m:
            self._prefixed_action(m.group("rest"))
            return "action"
        m = P.NOTE.match(text)
        if m:
            return "nb" if m.group("nb") else "note"
        m = P.PROPOSAL.match(text)
        if m:
            self.proposal = m.group("rest").strip()
            return "discussion"
        if P.PROPOSAL_ACCEPTED.match(text) and self.proposal:
            self._decision(self.proposal)
            self.proposal = None
            return "decision"
        m = P.DECISION_PREFIX.match(text)
        if m:
            rest = m.group("rest").strip(" -–—")
            if self.proposal and len(rest.split()) <= 4:
                rest = self.proposal
            self.proposal = None
            if MINUTES_TITLE(self.item):
                self.minutes_decided.add(id(self.item))
            if rest and not P.PLACEHOLDER.match(rest):
                self._decision(rest)
            return "decision"
        m = P.AGREED_SUFFIX.match(text)
        if m:
            self._decision(_drop_speaker(m.group("body")))
            return "decision"
        m = P.TRAILING_ACTION.match(text)
        if m:
            lead = lead_owners(m.group("who").strip(), self.people, strict=True)
            if lead.kind == "only":
                self._add_action(m.group("body"), lead.owners)
                return "action"
        if MINUTES_TITLE(self.item) and self._minutes_decision(text):
            return "decision"
        return None

    def _sentences(self, text: str) -> str:
        """Actions, decisions and speakers found sentence by sentence."""
        kind = "discussion"
        if text.startswith(("...", "…")):
            return "contribution"  # a scribe's continuation of the last speaker
        speaker = P.SPEAKER_COLON.match(text)
        body = text
        if speaker and self._note_speaker(speaker.group("who"), colon=True):
            kind = "contribution"
            body = speaker.group("rest")
        for sentence in P.SENTENCE_SPLIT.split(body):
            sentence = sentence.strip()
            if not sentence:
                continue
            if P.BODY_DECIDED.match(sentence) or P.PASSIVE_DECIDED.match(sentence):
                self._decision(sentence)
                kind = "decision"
                continue
            task = P.FOLLOWING_MEETING.sub("", sentence)
            lead = lead_owners(task, self.people, strict=True)
            if lead.kind == "to" and not lead.passive and _all_people(lead, self.people) \
                    and speaker is None:
                self._add_action(task, lead.owners)
                kind = "action"
            elif self._sentence_speaker(sentence) and kind == "discussion":
                kind = "contribution"
        return kind

    def _sentence_speaker(self, sentence: str) -> bool:
        lead = lead_owners(sentence, self.people, strict=True)
        if not lead.owners or lead.kind not in ("verb", "to"):
            return False
        verb = P.SPEAKER_VERB.match(sentence[lead.end:] if lead.kind == "to" else sentence)
        if lead.kind == "verb" and verb and not _verb_like(verb.group("verb")):
            return False
        found = False
        for owner in lead.owners:
            if is_initialism(owner):
                self._use(owner, "speaker")
                found = True
            elif self.people.unique_given(owner):
                found = True
        return found

    def _note_speaker(self, who: str, colon: bool) -> bool:
        if who.upper() in P.NOT_PERSON_ACRONYMS or who.casefold() in P.NOT_OWNERS:
            return False
        if is_initialism(who):
            self._use(who, "speaker")
            return True
        return bool(self.people.unique_given(who) or who in self.people.full_names
                    or (colon and len(who.split()) <= 2 and who[0].isalpha()))

    def _attendance_sentence(self, text: str) -> bool:
        for sentence in P.SENTENCE_SPLIT.split(text):
            m = P.APOLOGY_SENTENCE.match(sentence.strip())
            if m:
                self._add_people("apologies", m.group("who"))
                if sentence.strip() == text.strip():
                    return True
        m = P.PRESENT_SENTENCE.match(text)
        if m:
            self._add_people("present", m.group("who"))
            return True
        return False

    # ------------------------------------------------------------------ actions

    def _prefixed_action(self, text: str, summary: bool = False) -> None:
        text = P.DONE_MARK.sub("", text).strip()
        if P.PLACEHOLDER.match(text):
            return
        for part, owners in self._split_actions(text):
            if summary and self._restates(part, owners):
                continue
            self._add_action(part, owners)

    def _split_actions(self, text: str) -> list[tuple[str, list[str]]]:
        """"RV to draft. KK to assign issues." is two actions; other sentences stay."""
        sentences = [s for s in P.SENTENCE_SPLIT.split(text) if s.strip()]
        lead = lead_owners(text, self.people, strict=False)
        if not (lead.kind in ("to", "colon", "verb") and not lead.passive):
            return [(text, trailing_owners(text, self.people))]
        groups: list[tuple[list[str], list[str]]] = [([sentences[0]], lead.owners)]
        for sentence in sentences[1:]:
            nxt = lead_owners(sentence, self.people, strict=True)
            if nxt.kind == "to" and not nxt.passive and _all_people(nxt, self.people):
                groups.append(([sentence], nxt.owners))
            else:
                groups[-1][0].append(sentence)
        return [(" ".join(parts), owners) for parts, owners in groups]

    def _restates(self, text: str, owners: list[str]) -> bool:
        """A summary list repeating an action already minuted under its item."""
        words = _tokens(text)
        key = {o.casefold() for o in owners}
        for earlier in self.out.actions[:self.summary_from]:
            if {o.casefold() for o in earlier.owners} != key:
                continue
            other = _tokens(earlier.text)
            small = min(len(words), len(other))
            if small and len(words & other) / small >= 0.7:
                return True
        return False

    def _add_action(self, text: str, owners: list[str]) -> None:
        text = P.PURPOSE_CLAUSE.sub("", " ".join(text.split())).strip()
        if not text or P.PLACEHOLDER.match(text):
            return
        for owner in owners:
            if is_initialism(owner):
                self._use(owner, "owner")
        item = self._top_item()
        action = Action(text=text, owners=list(owners), item=item.title if item else None,
                        confidential=self._confidential(text),
                        mentions_next_meeting=bool(P.NEXT_MEETING.search(text)))
        self.out.actions.append(action)
        self._next_meeting_in(text)

    # ------------------------------------------------------------------ decisions

    def _decision(self, text: str) -> None:
        text = " ".join(text.split()).strip()
        if not text or P.PLACEHOLDER.match(text):
            return
        item = self._top_item()
        self.out.decisions.append(Decision(text=text, item=item.title if item else None,
                                           confidential=self._confidential(text)))

    def _minutes_decision(self, content: str) -> bool:
        """'Agreed as an accurate record' under the minutes item, with any corrections."""
        item = self.item
        if item is None or id(item) in self.minutes_decided:
            return False
        flat = " ".join(content.split())
        sentences = [s.strip() for s in P.SENTENCE_SPLIT.split(flat) if s.strip()]
        main = next((s for s in sentences if P.APPROVAL_WORD.search(s)), None)
        if main is None:
            return False
        self.minutes_decided.add(id(item))
        base = P.DECISION_PREFIX.sub(lambda m: "agreed " + m.group("rest"), main, count=1)
        base = base.rstrip(" .")
        if "minutes" not in base.casefold():
            base = "Minutes of the previous meeting " + _lower_first(base)
        fixes = [_lower_first(s.rstrip(" .")) for s in sentences
                 if s is not main and P.CORRECTION_WORD.search(s)]
        text = f"{base}, with corrections: {'; '.join(fixes)}" if fixes else base
        self._decision(text)
        return True

    # ------------------------------------------------------------------ people

    def _add_people(self, kind: str, text: str) -> None:
        role = _ROLE_OF_MODE.get(kind)
        target = {"apologies": self.out.apologies, "absent": self.out.absent}.get(
            kind, self.out.present)
        for person in parse_people(text):
            if role and not person.role:
                person.role = role
            if target is self.out.present and self._merge_known(person):
                continue
            if any(norm_name(p.name) == norm_name(person.name) for p in target):
                continue
            target.append(person)
            self.people.add(person.name)

    def _merge_known(self, person: Person) -> bool:
        """A chair or scribe already listed as present (perhaps by given name only)."""
        key = norm_name(person.name)
        for p in self.out.present:
            if _same_person(p, person, key):
                if person.role and not p.role:
                    p.role = person.role
                return True
        return False

    def _use(self, initials: str, how: str) -> None:
        self.used.setdefault(initials, set()).add(how)

    # ------------------------------------------------------------------ dates

    def _future_dates(self, text: str) -> None:
        year = self.meeting_date.year if self.meeting_date else None
        for date, _, _ in find_dates(text, year):
            self._add_next(date, _kind_of(text))

    def _next_meeting_in(self, text: str) -> None:
        m = P.NEXT_MEETING.search(text)
        if not m:
            return
        year = self.meeting_date.year if self.meeting_date else None
        window = text[m.end():m.end() + 60]
        dates = find_dates(window, year)
        if dates and dates[0][1] <= 25:
            self._add_next(dates[0][0], None)

    def _add_next(self, date: dt.date, kind: str | None) -> None:
        if date in self.next_dates:
            self.next_dates[date] = self.next_dates[date] or kind
        else:
            self.next_dates[date] = kind

    # ------------------------------------------------------------------ entries

    def _entry(self, kind: str, text: str) -> None:
        if kind != "action" and kind != "decision":
            self._next_meeting_in(text)
        item = self.item
        confidential = self._confidential(text)
        speakers = self._speakers(text)
        if item is None:
            return
        item.entries.append(Entry(kind=kind, text=text, speakers=speakers,
                                  confidential=confidential))
        if confidential:
            self._mark_confidential(item, text)

    def _speakers(self, text: str) -> list[str]:
        m = P.SPEAKER_COLON.match(text)
        lead = lead_owners(m.group("who") if m else text, self.people, strict=True)
        out = []
        for owner in lead.owners:
            if is_initialism(owner):
                out.append(owner)
            else:
                full = self.people.unique_given(owner) or (
                    owner if owner in self.people.full_names else None)
                if full:
                    out.append(_initials_or_name(full))
        return out

    def _confidential(self, text: str) -> bool:
        return bool(P.CONFIDENTIAL.search(text))

    def _mark_confidential(self, item: Item, text: str) -> None:
        # Only the item that holds the material: flagging its parent would withhold the
        # open discussion around it from the public copy too.
        item.confidential = True
        self.out.confidential.append({"item": item.title, "text": text[:200]})
        if id(item) not in self.confidential_items:
            self.confidential_items.add(id(item))
            word = P.CONFIDENTIAL.search(text).group(0)
            self.out.warnings.append(
                f"Item '{item.title}' contains confidential material (\"{word}\"); "
                "check it before the minutes are published")

    # ------------------------------------------------------------------ finish

    def _finish(self) -> ParsedMinutes:
        out = self.out
        out.date = self.meeting_date.isoformat() if self.meeting_date else None
        out.present = _merge_roles(out.present)
        if out.date is None:
            out.warnings.insert(0, "No meeting date was found")
        after = {d: k for d, k in self.next_dates.items()
                 if self.meeting_date is None or d > self.meeting_date}
        out.next_meetings = [Meeting(d.isoformat(), k) for d, k in sorted(after.items())]
        self._due_dates(sorted(after))
        self._resolve_initials()
        self._fill_person_initials()
        if not out.present:
            out.warnings.append("No attendance list was found")
        return out

    def _due_dates(self, next_dates: list[dt.date]) -> None:
        year = self.meeting_date.year if self.meeting_date else None
        for action in self.out.actions:
            due = None
            for date, start, _ in find_dates(action.text, year):
                if P.DUE_LEAD.search(action.text[max(0, start - 30):start]):
                    if self.meeting_date is None or date > self.meeting_date:
                        due = date
                        break
            if due is None and action.mentions_next_meeting:
                m = P.NEXT_MEETING.search(action.text)
                inline = find_dates(action.text[m.end():m.end() + 60], year)
                if inline and inline[0][1] <= 25:
                    due = inline[0][0]
                elif next_dates:
                    due = next_dates[0]
            action.due = due.isoformat() if due else None

    def _people_for_initials(self) -> list[Person]:
        seen: dict[str, Person] = {}
        for p in self.out.present + self.out.apologies + self.out.absent + [
                Person(n) for n in self.known_people]:
            seen.setdefault(norm_name(p.name), p)
        return list(seen.values())

    def _resolve_initials(self) -> None:
        people = self._people_for_initials()
        for used, how in self.used.items():
            matches = _match_initials(used, people)
            if len(matches) == 1:
                self.out.initials[used] = matches[0].name
                continue
            self.out.initials[used] = None
            if matches:
                names = " or ".join(p.name for p in matches[:3])
                self.out.warnings.append(
                    f"{used} could be {names}; it was left unresolved")
            elif "owner" in how:
                self.out.warnings.append(
                    f"{used} is named as an action owner but is not in the attendance list")
            else:
                self.out.warnings.append(
                    f"{used} is named in the minutes but is not in the attendance list")

    def _fill_person_initials(self) -> None:
        resolved = {v: k for k, v in self.out.initials.items() if v}
        for p in self.out.present + self.out.apologies + self.out.absent:
            if p.initials is None:
                p.initials = resolved.get(p.name) or _default_initials(p.name)


# ---------------------------------------------------------------------- helpers


def MINUTES_TITLE(item: Item | None) -> bool:  # noqa: N802 - reads as a predicate
    return item is not None and bool(P.MINUTES_ITEM.match(item.title))


def _numbered_headings(lines: list[str]) -> set[int]:
    """Indexes of numbered lines that are item headings rather than a list.

    Candidates form runs that restart when a number does not increase. A run is
    headings when most of its members have text under them; an agenda listed
    before the items (1, 2, 3 with nothing between) is not.
    """
    cands: list[tuple[int, tuple[int, ...]]] = []
    for i, raw in enumerate(lines):
        text = P.BULLET.sub("", strip_markup(raw).strip())
        m = P.NUMBERED.match(text)
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


def _heading_mode(title: str) -> str | None:
    for mode, pattern in P.HEADING_MODES:
        if pattern.search(title):
            return mode
    return None


def _is_action_header(cell: str) -> bool:
    return bool(re.fullmatch(r"(?:actions?(?: by| owner| points?)?|owner|who|responsible|"
                             r"by whom|lead|action/owner)\s*:?", cell.strip(), re.I))


def _is_label_cell(cell: str) -> bool:
    words = cell.split()
    return ("\n" not in cell and 1 <= len(words) <= 10 and len(cell) <= 90
            and not cell.rstrip().endswith((".", ";", ",")))


def _looks_like_list(text: str) -> bool:
    """A line of names rather than a sentence about them."""
    people = parse_people(text)
    if not people:
        return False
    words = cleaned_words(text)
    return words <= 8 * len(people) and not text.rstrip().endswith(("?", "!"))


def _kind_of(text: str) -> str | None:
    words = [w for w in re.findall(r"[a-z]+", text.casefold())
             if w not in {"meeting", "meetings", "date", "dates", "of", "the", "next", "on",
                          "at", "and", "pm", "am"}]
    for word in words:
        if word in {"executive", "forum", "board", "committee", "agm", "full", "annual",
                    "sub", "special", "extraordinary", "general", "cabinet", "council"}:
            return word
    return None


def _sentence_case(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:].lower()


def _smart_title(text: str) -> str:
    words = text.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low in P.SMALL_WORDS else low.capitalize())
    return " ".join(out)


def _cut_body(text: str) -> str:
    text = re.split(r"\s+(?:held|meeting held|on)\b|,", text, maxsplit=1, flags=re.I)[0]
    return re.sub(r"\s+meeting$", "", text.strip(), flags=re.I)


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _task(content: str) -> str:
    """The short content of a row, as the start of its action's text."""
    text = " ".join(content.split()).rstrip(" .")
    text = P.LEADING_IMPORTANT.sub("", text)
    return text[:1].upper() + text[1:]


def _summary(content: str) -> str:
    paras = [p.strip() for p in content.split("\n") if p.strip()]
    return " ".join(paras[-1].split())[:300] if paras else ""


def _drop_speaker(text: str) -> str:
    m = P.SPEAKER_COLON.match(text)
    return m.group("rest") if m else text


def _all_people(lead: Lead, people: People) -> bool:
    return all(is_initialism(o) or o in people.full_names or o.casefold() in people.given
               or o.casefold() in P.ROLE_OWNERS for o in lead.owners)


def _verb_like(word: str) -> bool:
    return word.islower() or word.endswith(("ed", "s"))


def _tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", fold(text)) if t not in P.NOT_OWNERS}


def _same_person(known: Person, new: Person, key: str) -> bool:
    """Equal names, a given name alone ("Michiel"), or initials alone ("CB")."""
    pkey = norm_name(known.name)
    if pkey == key:
        return True
    if new.role is None and known.role is None:
        return False
    if " " not in key and pkey.split()[:1] == [key]:
        return True
    return is_initialism(new.name) and new.name in initials_of(known.name)


def _merge_roles(people: list[Person]) -> list[Person]:
    """Drop a chair or scribe listed by given name or initials before the full list."""
    out: list[Person] = []
    for i, person in enumerate(people):
        key = norm_name(person.name)
        others = people[i + 1:]
        if person.role and any(_same_person(o, person, key) and norm_name(o.name) != key
                               for o in others):
            match = next(o for o in others if _same_person(o, person, key))
            match.role = match.role or person.role
            continue
        out.append(person)
    return out


def _match_initials(used: str, people: list[Person]) -> list[Person]:
    exact = [p for p in people if p.initials == used or used in initials_of(p.name)]
    if exact:
        return exact
    low = used.casefold()
    return [p for p in people if (p.initials or "").casefold() == low
            or low in (c.casefold() for c in initials_of(p.name))]


def _default_initials(name: str) -> str | None:
    if has_title_only(name):
        return None
    cands = initials_of(name)
    return cands[0] if cands else None


def _initials_or_name(name: str) -> str:
    return _default_initials(name) or name
