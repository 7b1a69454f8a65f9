"""What a later meeting's minutes say of earlier actions: done, carried forward, dropped.

Clerks report on last time's actions under matters arising or an action review, in prose
("RA to write to the ferry company – carried forward"), as a table (Action | Owner | Status)
or by number ("Action 3 – done"), and often simply write the same task again. `follow`
reads a later meeting's parse (the JSON of FORMATS.md §1) and returns, for each earlier
action it speaks of, the status it reports and the words that say so. Pure: no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_I = re.IGNORECASE

# Items under which a meeting reviews earlier actions.
REVIEW_TITLES = re.compile(
    r"matters arising|actions? (?:log|list|points?|tracker|review|update|from)|"
    r"(?:review|progress|update)s? (?:of|on) (?:the )?(?:previous |outstanding |open )?actions?|"
    r"(?:outstanding|previous|open) actions?|action points", _I)

# Past participles that report talk or delay, not the task done: "has been postponed".
NOT_DONE = ("delayed", "postponed", "deferred", "held", "asked", "requested", "discussed",
            "raised", "mentioned", "noted", "considered", "chased", "reminded", "queried",
            "questioned", "suggested", "proposed", "expected", "hoped", "planned", "scheduled",
            "awaited", "unable", "reported", "informed", "told", "advised", "invited",
            # and words that only look like participles: "was not", "was most helpful"
            "not", "most", "just", "almost", "about", "first", "last", "but", "that", "out",
            "often", "when", "then", "seen", "keen", "present", "absent", "content")

# The words that report an action's fate, the first that matches winning: "not yet done" is
# still open, and "no longer needed" dropped, whatever else the line says.
STATUS_WORDS = [
    ("dropped", re.compile(
        r"\b(?:no longer (?:required|needed|relevant|applicable)|not (?:required|needed)|"
        r"dropped|withdrawn|superseded|cancelled|abandoned|removed from the (?:list|log)|"
        r"n/a)\b", _I)),
    ("open", re.compile(
        r"\b(?:ongoing|on-going|in progress|outstanding|carried (?:forward|over)|c/f|cf|"
        r"b/f|brought forward|pending|continuing|to continue|not yet|still (?:to|awaited)|"
        r"awaited|deferred)\b", _I)),
    ("done", re.compile(
        r"\b(?:done|complete[d]?|closed|finished|achieved|actioned|discharged|"
        rf"(?:has|have|had) been (?!{'|'.join(NOT_DONE)}\b)\w+(?:ed|en|t)|"
        rf"(?:was|were) (?!{'|'.join(NOT_DONE)}\b)\w+(?:ed|en|t)(?! (?:to|that|whether|if)\b))"
        r"\b|✓|✔",
        _I)),
]

# "Action 3", "AP3", "Item 2 of the actions": a reference by the action's number.
NUMBERED = re.compile(r"^\W*(?:action(?: point)?|ap|a)\s*(?:no\.?\s*)?(\d{1,3})\b", _I)
WORD = re.compile(r"[a-z][a-z']+")
# Words too common to tell two tasks apart.
STOP = {
    "the", "a", "an", "to", "of", "and", "or", "for", "on", "in", "at", "by", "with", "from",
    "be", "is", "are", "was", "were", "has", "have", "had", "been", "will", "would", "should",
    "this", "that", "these", "those", "it", "its", "their", "they", "them", "all", "any",
    "action", "actions", "next", "meeting", "meetings", "members", "member", "committee",
    "re", "about", "as", "into", "up", "out", "further", "also", "not", "if", "so", "who",
    "which", "what", "where", "when", "can", "could", "may", "we", "our", "us",
}
# The routine of a clerk's tasks, shared by tasks that are not the same: "Clerk to write to
# the council about the footpath" is not "Clerk to write to the council about the bus stop".
ROUTINE = {
    "clerk", "chair", "chairman", "secretary", "treasurer", "council", "county", "parish",
    "district", "write", "letter", "contact", "report", "check", "chase", "arrange", "send",
    "email", "circulate", "update", "ask", "look", "find", "speak", "discuss", "bring",
    "raise", "follow", "confirm", "investigate", "consider", "prepare", "draft", "review",
    "agenda", "item", "items", "back", "progress", "done", "complete", "completed", "carried",
    "forward", "ongoing", "outstanding", "closed", "status",
}
# How much of the shorter task's words the two must share to be one task.
SAME_TASK = 0.6


@dataclass(frozen=True)
class Earlier:
    """An action still to be followed: its key, words, owners and number in its meeting."""

    key: int
    text: str
    owners: tuple[str, ...] = ()
    number: int | None = None  # its place among its meeting's actions, from 1
    last_meeting: bool = False  # raised at the meeting just before the one being read


@dataclass(frozen=True)
class Report:
    key: int
    status: str  # "done", "open" (carried forward) or "dropped"
    evidence: str  # the later minutes' words
    repeated: int | None = None  # the later action that writes the same task again
    confidential: bool = False  # the evidence is confidential material


def words(text: str) -> set[str]:
    stems = {_stem(w) for w in WORD.findall(text.lower()) if w not in STOP and len(w) > 2}
    return {w for w in stems if w not in ROUTINE}


def _stem(word: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


def status_of(text: str) -> str | None:
    for status, pattern in STATUS_WORDS:
        if pattern.search(text):
            return status
    return None


def likeness(a: set[str], b: set[str]) -> float:
    """How surely two sets of words are one task: the share of the shorter that both hold,
    where three shared words ("Mill Lane stile") count as much as most of a short one."""
    shared = len(a & b)
    if shared < 2:
        return 0.0
    share = shared / min(len(a), len(b))
    return max(share, SAME_TASK) if shared >= 3 and share >= 0.4 else share


@dataclass
class Line:
    text: str
    confidential: bool
    action: int | None = None  # the index of the later parse's action it is


def review_lines(parsed: dict) -> list[Line]:
    """Every entry under a review item, at any depth."""
    found: list[Line] = []

    def walk(items, under_review, secret):
        for item in items:
            here = under_review or bool(REVIEW_TITLES.search(item.get("title") or ""))
            sealed = secret or bool(item.get("confidential"))
            if here:
                found.extend(Line(e.get("text") or "", sealed or bool(e.get("confidential")))
                             for e in item.get("entries") or [])
            walk(item.get("children") or [], here, sealed)

    walk(parsed.get("items") or [], False, False)
    return found


def follow(earlier: list[Earlier], parsed: dict) -> list[Report]:
    """What the later minutes report of each earlier action they speak of."""
    lines = review_lines(parsed) + [Line(t, False) for t in parsed.get("reviewed") or []]
    actions = {(a.get("text") or "").strip(): n for n, a in enumerate(parsed.get("actions") or [])}
    for line in lines:  # a review line the parser also took for a new action is that action
        line.action = actions.pop(line.text.strip(), None)
    lines += [Line(text, bool(parsed["actions"][n].get("confidential")), n)
              for text, n in actions.items()]
    by_number = {e.number: e for e in earlier if e.last_meeting and e.number}
    their_words = {e.key: words(e.text) for e in earlier}
    best: dict[int, tuple[float, Report]] = {}
    repeats: dict[int, int] = {}
    for line in lines:
        text = line.text.strip()
        status = status_of(text)
        found = NUMBERED.match(text)
        if found and status and int(found.group(1)) in by_number and line.action is None:
            target, score = by_number[int(found.group(1))], 2.0
        else:
            mine = words(NUMBERED.sub("", text))
            scored = [(likeness(mine, their_words[e.key]), e) for e in earlier]
            score, target = max(scored, key=lambda s: s[0], default=(0.0, None))
            if target is None or score < SAME_TASK:
                continue
        if line.action is not None and status is None:
            status = "open"  # the same task written again: carried forward
        if status is None:
            continue
        if line.action is not None:
            repeats.setdefault(target.key, line.action)
        report = Report(target.key, status, text, None, line.confidential)
        if score > best.get(target.key, (-1.0, None))[0]:
            best[target.key] = (score, report)
    # The clearest words give the status; a repeat of the task, wherever it is, is merged.
    return [replace(report, repeated=repeats.get(key)) for key, (_, report) in best.items()]
