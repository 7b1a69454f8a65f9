"""Decisions: RESOLVED / AGREED lines, "It was agreed that ...", "The report was approved",
a PROPOSAL then PROPOSAL ACCEPTED, and the minutes of the last meeting agreed as a true record.
"""

from __future__ import annotations

import re

from ..model import Decision, Item
from .words import PLACEHOLDER, SENTENCE_SPLIT

_I = re.IGNORECASE

DECISION_PREFIX = re.compile(
    r"^\[?(?:RESOLVED|Resolved|RESOLUTION|Resolution|DECISION|Decision|DECIDED|Decided|"
    r"AGREED|Agreed)\]?(?=[\s:\-–—]|$)\s*[:\-–—]?\s*(?:that\s+)?(?P<rest>.*)$")
PROPOSAL = re.compile(r"^PROPOSAL\s*[:\-–—]\s*(?P<rest>.+)$", _I)
AGREED_SUFFIX = re.compile(r"^(?P<body>.+?)\s*(?:\[\s*AGREED\s*\]|\(\s*agreed\s*\)|"
                           r"\[\s*PROPOSAL ACCEPTED\s*\])\s*$", _I)
PROPOSAL_ACCEPTED = re.compile(r"^\[?\s*PROPOSAL ACCEPTED\s*\]?$", _I)
BODY_DECIDED = re.compile(
    r"^(?:it was|the (?:forum|committee|board|meeting|group|panel|sub-committee|"
    r"governors|members|council|cabinet|trustees|executive|partnership|assembly))\s+"
    r"(?:\w+ly\s+)?(?:agreed|resolved|approved|decided|endorsed|ratified)\b", _I)
PASSIVE_DECIDED = re.compile(
    r"^(?:the )?[\w'’ -]{1,60}? (?:was|were) (?:\w+ly )?(?:approved|agreed|adopted|"
    r"accepted|ratified|endorsed)\b(?! (?:that|with|by \w+ \w+ (?:but|although)))", _I)
# Other sentences that record a decision, one convention a line.
DECIDED_SENTENCES = tuple(re.compile(p, _I) for p in (
    # The Directors decided / The councillors agreed / The Members resolved by ...
    r"^(?:the |all )?(?:[\w'’-]+\s+){0,3}?(?:members|directors|councillors|trustees|governors|"
    r"committee|board|council|group|forum|meeting|panel|executive|officers)\s+"
    r"(?:\w+ly\s+)?(?:agreed|resolved|approved|decided|endorsed|ratified|confirmed)\b",
    r"^the [A-Z]{2,5}s?\s+(?:\w+ly\s+)?(?:agreed|resolved|approved|decided|endorsed)\b",
    # elections and appointments
    r"\b(?:was|were|is|are|has been|have been)\s+(?:duly\s+|unanimously\s+)?(?:re-)?"
    r"(?:elected|appointed|co-opted)\b",
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:re-)?elected\s+\w+",
    r"\baccepted the (?:position|office|role) of\b",
    # consensus
    r"^(?:the\s+)?(?:\w+\s+){0,2}?consensus\b(?:\s+\w+){0,4}?\s+(?:is|was)\s+(?:that|to)\b|"
    r"^(?:loose |rough |general |clear )?consensus\s*[:\-–]",
    # proposed and seconded
    r"\bproposed\b.{0,80}\bseconded\b",
    # a motion's outcome, and a vote tally: "In favour: 12 Against: 2"
    r"\b(?:motion|amendment|proposal|resolution|recommendation)s?\s+(?:was|were|is|has been)\s+"
    r"(?:\w+ly\s+)?(?:passed|carried|rejected|defeated|lost)\b",
    r"\bin favou?r\b\W{0,3}[\d\s=+-]{1,15}.{0,20}\bagainst\b\W{0,3}\d+",
    # the minutes agreed as a true record
    r"\b(?:agreed|approved|adopted|accepted|signed|confirmed)\b.{0,60}\b(?:a |an )?"
    r"(?:true|accurate|correct) record\b|\badoption of (?:the )?(?:previous|last) minutes\b",
    # "Request for a bench agreed."
    r"^(?=(?:\S+\s+){3,20}\S+$)(?!.*\b(?:also|too|all)\s+agreed).*\s(?:agreed|approved|adopted)"
    r"\.?$",
))
APPROVAL_WORD = re.compile(r"\b(?:agreed|approved|accepted|confirmed|adopted|signed)\b", _I)
CORRECTION_WORD = re.compile(r"\b(?:correct\w*|amend\w*|error|errors|should read|alter\w*|"
                             r"chang\w+|spelling)\b", _I)


# A line that is only a vote's outcome: "Elected unanimously (11)", "Carried.", "PASSED".
OUTCOME = re.compile(r"^(?:(?:duly|unanimously)\s+)?(?:elected|carried|passed|rejected|defeated|"
                     r"approved|lost)\b(?:\s+(?:unanimously|nem\.?\s*con\.?))?\s*(?:\([^()]{0,30}\))?"
                     r"\s*\.?$", _I)
MOTION = re.compile(r"\bproposed\b.{0,80}\bseconded\b", _I)


# The standing item whose "agreed" is the minutes of the last meeting approved.
MINUTES_ITEM = re.compile(r"^(?:(?:approval|confirmation|adoption) of (?:the )?)?"
                          r"(?:(?:previous|last) )?minutes\b(?!\s*tak)", _I)


class DecisionRules:
    def _decision(self, text: str, listed: bool = False) -> None:
        text = " ".join(text.split()).strip()
        if not text or PLACEHOLDER.match(text):
            return
        item = self._top_item()
        self.out.decisions.append(Decision(text=text, item=item.title if item else None,
                                           confidential=self._confidential(text)))
        if listed:
            self.listed_decisions.add(id(self.out.decisions[-1]))

    def _outcome(self, text: str) -> None:
        """A bare outcome completes the motion minuted just before it under the same item, or
        is the decision on the item itself ("Chair: Elected unanimously")."""
        item = self._top_item()
        last = self.out.decisions[-1] if self.out.decisions else None
        if last is not None and last.item == (item.title if item else None) and \
                MOTION.search(last.text) and not OUTCOME.search(last.text.rsplit(": ", 1)[-1]):
            last.text = f"{last.text.rstrip(' .')}: {text}"
            return
        title = self.item.title if self.item is not None else None
        self._decision(f"{title}: {text}" if title else text)

    def _minutes_decision(self, content: str) -> bool:
        """'Agreed as an accurate record' under the minutes item, with any corrections."""
        item = self.item
        if item is None or id(item) in self.minutes_decided:
            return False
        flat = " ".join(content.split())
        sentences = [s.strip() for s in SENTENCE_SPLIT.split(flat) if s.strip()]
        main = next((s for s in sentences if APPROVAL_WORD.search(s)), None)
        if main is None:
            return False
        self.minutes_decided.add(id(item))
        base = DECISION_PREFIX.sub(lambda m: "agreed " + m.group("rest"), main, count=1)
        base = base.rstrip(" .")
        if "minutes" not in base.casefold():
            base = "Minutes of the previous meeting " + _lower_first(base)
        fixes = [_lower_first(s.rstrip(" .")) for s in sentences
                 if s is not main and CORRECTION_WORD.search(s)]
        text = f"{base}, with corrections: {'; '.join(fixes)}" if fixes else base
        self._decision(text)
        return True


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def is_minutes_item(item: Item | None) -> bool:
    return item is not None and bool(MINUTES_ITEM.match(item.title))


# A sentence without one of these words records no decision (a cheap test first).
DECISION_WORD = re.compile(r"agree|resolv|approv|decid|elect|appoint|co-opt|consensus|second|"
                           r"record|adopt|accept|endors|ratif|confirm|position|passed|carried|"
                           r"rejected|defeated|lost|favou?r", _I)


def decided(sentence: str) -> bool:
    """A sentence that records a decision, in any of the ways above."""
    return bool(DECISION_WORD.search(sentence)) and bool(BODY_DECIDED.match(sentence) or PASSIVE_DECIDED.match(sentence)
                or any(p.search(sentence) for p in DECIDED_SENTENCES))
