"""Minutes, an agenda or another paper: what a document in a clerk's folder is, and why.

A folder holds the minutes, the agendas that called the meetings and the papers sent with
them, side by side. Each is told apart from its own text: the words an agenda summons with
("to be held on", "members are summoned to attend", items that begin "To receive"), the
record minutes keep (an attendance list, "it was resolved", actions), and the titles
reports carry. Each cue found is given back as a reason, in a clerk's words.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# (pattern, weight, reason): read in the first lines, where a title stands.
# "Agenda", "AGENDA for the meeting of …", "Agenda – 12 March": not "Agenda/Summary:", a label.
AGENDA_TITLE = (re.compile(r"^\W*(?:draft\s+)?(?:agenda|notice of (?:the )?meeting|summons)"
                           r"(?:\s*$|\s+(?:for|of)\b|\s*[–—-]\s*\w)", _I),
                3, "'Agenda' in its title")
MINUTES_HEADING = re.compile(r"^\W*minutes\W*$", _I)
MINUTES_TITLE = (re.compile(r"\bminutes\b(?! of the (?:last|previous) meeting)", _I), 3,
                 "'Minutes' in its title")
PAPER_TITLE = (re.compile(r"\b(?:report|paper|budget|accounts|statement|policy|proposal|"
                          r"briefing|appendix|annex|letter|consultation|quotation|invoice|"
                          r"terms of reference|constitution|risk register)\b", _I), 2,
               "its title names a report or paper")
# (pattern, weight, reason): anywhere in the text.
AGENDA_WORDS = [
    (re.compile(r"\b(?:to be|will be) held (?:on|at|in)\b", _I), 2, "'to be held on'"),
    (re.compile(r"\b(?:you are|members are|councillors are)(?: hereby)? (?:summoned|invited|"
                r"requested|asked) to attend\b", _I), 3, "members summoned to attend"),
    (re.compile(r"\bnotice is (?:hereby )?given\b", _I), 2, "'notice is given'"),
    (re.compile(r"\bagenda\b", _I), 1, "the word 'agenda'"),
]
MINUTES_WORDS = [
    (re.compile(r"\b(?:it was (?:resolved|agreed|noted|reported|proposed)|resolved that|"
                r"were received|was received|reported that|the meeting (?:closed|ended) at|"
                r"meeting closed|agreed (?:as|to be) a (?:true|correct|accurate) record)\b", _I),
     3, "it records what was said and decided"),
]
# An agenda's items say what the meeting will do: "To receive apologies", "To consider ...".
TO_DO = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.):]?\s+|[a-z][.)]\s+)?to (?:receive|consider|"
                   r"approve|note|agree|resolve|discuss|confirm|elect|adopt|review|receive|"
                   r"authorise|authorize|determine|decide)\b", _I)
TITLE_LINES = 8


def classify(text: str, parsed: dict) -> tuple[str, list[str]]:
    """('minutes' | 'agenda' | 'paper', the reasons) for one document's text and parse."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[:TITLE_LINES]
    agenda, minutes, paper, why = 0, 0, 0, {"agenda": [], "minutes": [], "paper": []}

    def cue(kind, weight, reason):
        nonlocal agenda, minutes, paper
        why[kind].append(reason)
        if kind == "agenda":
            agenda += weight
        elif kind == "minutes":
            minutes += weight
        else:
            paper += weight

    for kind, (pattern, weight, reason) in (("agenda", AGENDA_TITLE), ("minutes", MINUTES_TITLE),
                                            ("paper", PAPER_TITLE)):
        if any(pattern.search(line) for line in head):
            cue(kind, weight, reason)
    if not why["minutes"] and any(MINUTES_HEADING.match(line) for line in lines):
        cue("minutes", 3, "a 'Minutes' heading")
    body = "\n".join(lines)
    for pattern, weight, reason in AGENDA_WORDS:
        if reason != "the word 'agenda'" or not why["agenda"]:
            if pattern.search(body):
                cue("agenda", weight, reason)
    for pattern, most, reason in MINUTES_WORDS:
        found = len(pattern.findall(body))
        if found:
            cue("minutes", min(found, most), reason)
    to_do = sum(1 for line in lines if TO_DO.match(line))
    if to_do >= 3:
        cue("agenda", 2, f"{to_do} items begin 'To …'")
    if parsed.get("present") or parsed.get("apologies"):
        cue("minutes", 2, "an attendance list")
    recorded = len(parsed.get("actions") or []) + len(parsed.get("decisions") or [])
    if recorded:
        cue("minutes", 1, "an action or decision" if recorded == 1
            else f"{recorded} actions or decisions")
    if agenda >= 3 and agenda > minutes:
        return "agenda", why["agenda"]
    if minutes >= 2 or not (agenda or paper):
        return "minutes", why["minutes"] or ["nothing marks it as an agenda or a paper"]
    if paper >= 2 and paper >= agenda:
        return "paper", why["paper"] + ["no attendance list or record of decisions"]
    if agenda >= 2:
        return "agenda", why["agenda"]
    return "minutes", why["minutes"] or ["nothing marks it as an agenda or a paper"]
