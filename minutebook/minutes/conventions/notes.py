"""What each line of discussion is: a note, an NB, a speaker's contribution, an action or a
decision found sentence by sentence; and confidential material, flagged for the clerk.

    NB: the grant closes in May          -> an NB entry
    AB: the survey is nearly done        -> a contribution by AB
    The committee agreed to ...          -> a decision
"""

from __future__ import annotations

import re

from ..model import Entry, Item
from .actions import (
    ACTION_DONE,
    ACTION_PREFIX,
    AT_OWNER,
    FOLLOWING_MEETING,
    LIST_NUMBER,
    PASSIVE_TASK,
    TRAILING_ACTION,
    all_people,
)
from .decisions import (
    AGREED_SUFFIX,
    DECISION_PREFIX,
    OUTCOME,
    PROPOSAL,
    PROPOSAL_ACCEPTED,
    decided,
    is_minutes_item,
)
from .initials import initials_or_name
from .names import is_initialism
from .owners import NOT_OWNERS, NOT_PERSON_ACRONYMS, is_one_person, lead_owners
from .words import PLACEHOLDER, SENTENCE_SPLIT

_I = re.IGNORECASE

NOTE = re.compile(r"^(?:(?P<nb>N\.?B\.?(?=[\s:\-–—]))|(?P<note>NOTE|Note(?=\s*[:\-–—])))"
                  r"\s*[:\-–—]?\s*(?P<rest>.*)$")
CONFIDENTIAL = re.compile(r"\b(?:confidential|part (?:2|ii|two)\b|exempt(?:ion)?|"
                          r"not for publication)\b", _I)
# "CC asked the Parish Clerk to ...", "The Chair requested that the Clerk writes ...".
ASKED = re.compile(r"^.{1,60}?\b(?:asked|requested|instructed|invited|tasked)\s+(?P<that>that\s+)?"
                   r"(?P<rest>(?:the\s+)?[A-Z@].*)$")
# What a meeting is asked to do that is no one's work: note, consider, approve.
NOT_TASKS = re.compile(r"(?:note|consider|approve|agree|accept|endorse|ratify|adopt)\b", _I)
THAT_VERB = re.compile(r"\s+[a-z]{3,}s\b")
# Where a sentence's second clause may start: ", and Luca will ...", "; the Clerk to ...".
CLAUSE_SPLIT = re.compile(r"(?:,\s*|\s+)(?:and|but|while|whilst|so)\s+(?=(?:the\s+)?[A-Z@])|"
                          r";\s+|\s+[-–—]\s+")
# "No decision was taken", "were not approved pending ...": said, but not decided.
NOT_DECIDED = re.compile(r"\bno decision\b|\bnot (?:yet )?(?:agreed|approved|decided|adopted)\b|"
                         r"\bcould not (?:be )?agree", _I)
DECIDED_THAT = re.compile(r"\b(?:decided|resolved|agreed)\s+that\s+(?P<rest>(?:the\s+)?[A-Z@]\S*"
                          r"(?:\s+\S+){0,3}?\s+(?:will|would|should|is to|are to|to|shall)\s.*)$")
ASKING_WORDS = ("asked", "requested", "instructed", "invited", "tasked")
# A sentence without one of these words gives no one a task.
TASK_WORD = re.compile(r"\b(?:to|will|would|shall|should|must|agreed|that)\b", _I)
SPEAKER_COLON = re.compile(r"^(?P<who>[A-Za-z][\w'’.-]{0,24}(?:\s+[A-Z][\w'’.-]{0,24}){0,2})"
                           r"\s*:\s+(?P<rest>.*)$")
SPEAKER_VERB = re.compile(r"^\S+(?:\s*(?:,|&|and)\s*\S+)*\s+(?P<verb>[A-Za-z]+)")


class NoteRules:
    def _content(self, text: str) -> None:
        if PLACEHOLDER.match(text):
            return
        if self._attendance_sentence(text):
            return
        kind = self._keyword_line(text)
        if kind is None:
            kind = self._sentences(text)
        self._entry(kind, text)

    def _keyword_line(self, text: str) -> str | None:
        if ACTION_DONE.match(text) and self._action_done():
            return "action"
        m = AT_OWNER.match(text)
        if m:
            self._add_action(m.group("rest"), [m.group("who")])
            return "action"
        m = ACTION_PREFIX.match(text)
        if m:
            self._prefixed_action(m.group("rest"))
            return "action"
        m = NOTE.match(text)
        if m:
            return "nb" if m.group("nb") else "note"
        m = PROPOSAL.match(text)
        if m:
            self.proposal = m.group("rest").strip()
            return "discussion"
        if PROPOSAL_ACCEPTED.match(text) and self.proposal:
            self._decision(self.proposal)
            self.proposal = None
            return "decision"
        if OUTCOME.match(text):
            self._outcome(text)
            return "decision"
        m = DECISION_PREFIX.match(text)
        if m:
            rest = m.group("rest").strip(" -–—")
            if self.proposal and len(rest.split()) <= 4:
                rest = self.proposal
            self.proposal = None
            if is_minutes_item(self.item):
                self.minutes_decided.add(id(self.item))
            if rest and not PLACEHOLDER.match(rest):
                self._decision(rest)
                self._resolved_task(rest)
            return "decision"
        m = AGREED_SUFFIX.match(text)
        if m:
            self._decision(_drop_speaker(m.group("body")))
            return "decision"
        m = TRAILING_ACTION.match(text)
        if m:
            lead = lead_owners(m.group("who").strip(), self.people, strict=True)
            if lead.kind == "only":
                self._add_action(m.group("body"), lead.owners)
                return "action"
        if is_minutes_item(self.item) and self._minutes_decision(text):
            return "decision"
        return None

    def _sentences(self, text: str) -> str:
        """Actions, decisions and speakers found sentence by sentence."""
        kind = "discussion"
        if text.startswith(("...", "…")):
            return "contribution"  # a scribe's continuation of the last speaker
        speaker = SPEAKER_COLON.match(text)
        body = text
        if speaker and self._note_speaker(speaker.group("who"), colon=True):
            kind = "contribution"
            body = speaker.group("rest")
        for sentence in SENTENCE_SPLIT.split(body):
            sentence = sentence.strip()
            if not sentence:
                continue
            if decided(sentence) and not NOT_DECIDED.search(sentence):
                self._decision(sentence)
                kind = "decision"
                self._decided_task(sentence)
                passive = PASSIVE_TASK.match(sentence) if " be " in sentence else None
                if passive and speaker is None:
                    self._add_action(passive.group("task"), [], narrative=True)
                continue
            task = FOLLOWING_MEETING.sub("", LIST_NUMBER.sub("", sentence))
            lead = lead_owners(task, self.people, strict=True)
            if lead.kind == "to" and not lead.passive and all_people(lead, self.people) \
                    and speaker is None:
                self._add_action(task, lead.owners, narrative=True)
                kind = "action"
            elif speaker is None and self._clause_actions(task):
                kind = "action"
            elif speaker is None and " be " in task and (passive := PASSIVE_TASK.match(task)):
                self._add_action(passive.group("task"), [], narrative=True)
                kind = "action"
            elif self._sentence_speaker(sentence) and kind == "discussion":
                kind = "contribution"
        return kind

    def _resolved_task(self, text: str) -> None:
        """"Resolution: ... and @ann will send the invites": the resolution gives work too."""
        for sentence in SENTENCE_SPLIT.split(text):
            lead = lead_owners(sentence.strip(), self.people, strict=True)
            if lead.kind == "to" and not lead.passive and all_people(lead, self.people):
                self._add_action(sentence.strip(), lead.owners, narrative=True)
            else:
                self._clause_actions(sentence.strip())

    def _decided_task(self, sentence: str) -> None:
        """"The Directors decided that Ann will draft ...": a decision that gives work."""
        m = DECIDED_THAT.search(sentence)
        if m:
            lead = lead_owners(m.group("rest"), self.people, strict=True)
            if lead.owners and lead.kind == "to" and all_people(lead, self.people):
                self._add_action(m.group("rest"), lead.owners, narrative=True)

    def _clause_actions(self, sentence: str) -> bool:
        """"CC asked the Clerk to write ...", and "..., and Luca will do the same"."""
        if not TASK_WORD.search(sentence):
            return False
        low = sentence.casefold()
        asked = ASKED.match(sentence) if any(w in low for w in ASKING_WORDS) else None
        if asked:
            rest = asked.group("rest")
            lead = lead_owners(rest, self.people, strict=True)
            # "asked the Clerk to" or "asked Ann Lee to": one named doer, not "asked Heads to"
            # "requested that the Clerk writes to ...": the doer and a verb, without "to"
            that_verb = lead.kind is None and asked.group("that") and THAT_VERB.match(
                rest, lead.end) and all(is_one_person(o, self.people) for o in lead.owners)
            if NOT_TASKS.match(rest, lead.end):
                return False  # "asked the Council to note that ...": no one's work
            if len(lead.owners) == 1 and (lead.kind == "to" or that_verb) and (
                    rest.startswith("the ") or all_people(lead, self.people)
                    and not lead.owners[0].casefold().endswith("s")):
                self._add_action(sentence, lead.owners, narrative=True)
                return True
        found = False
        for clause in CLAUSE_SPLIT.split(sentence)[1:]:
            lead = lead_owners(clause.strip(), self.people, strict=True)
            if lead.kind == "to" and not lead.passive and all_people(lead, self.people):
                self._add_action(clause.strip(), lead.owners, narrative=True)
                found = True
        return found

    def _sentence_speaker(self, sentence: str) -> bool:
        lead = lead_owners(sentence, self.people, strict=True)
        if not lead.owners or lead.kind not in ("verb", "to"):
            return False
        verb = SPEAKER_VERB.match(sentence[lead.end:] if lead.kind == "to" else sentence)
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
        if who.upper() in NOT_PERSON_ACRONYMS or who.casefold() in NOT_OWNERS:
            return False
        if is_initialism(who):
            self._use(who, "speaker")
            return True
        return bool(self.people.unique_given(who) or who in self.people.full_names
                    or (colon and len(who.split()) <= 2 and who[0].isalpha()))

    def _entry(self, kind: str, text: str) -> None:
        if kind != "action":
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
        m = SPEAKER_COLON.match(text)
        lead = lead_owners(m.group("who") if m else text, self.people, strict=True)
        out = []
        for owner in lead.owners:
            if is_initialism(owner):
                out.append(owner)
            else:
                full = self.people.unique_given(owner) or (
                    owner if owner in self.people.full_names else None)
                if full:
                    out.append(initials_or_name(full))
        return out

    def _confidential(self, text: str) -> bool:
        return bool(CONFIDENTIAL.search(text))

    def _mark_confidential(self, item: Item, text: str) -> None:
        # Only the item that holds the material: flagging its parent would withhold the
        # open discussion around it from the public copy too.
        item.confidential = True
        self.out.confidential.append({"item": item.title, "text": text[:200]})
        if id(item) not in self.confidential_items:
            self.confidential_items.add(id(item))
            word = CONFIDENTIAL.search(text).group(0)
            self.out.warnings.append(
                f"Item '{item.title}' contains confidential material (\"{word}\"); "
                "check it before the minutes are published")


def _drop_speaker(text: str) -> str:
    m = SPEAKER_COLON.match(text)
    return m.group("rest") if m else text


def _verb_like(word: str) -> bool:
    return word.islower() or word.endswith(("ed", "s"))
