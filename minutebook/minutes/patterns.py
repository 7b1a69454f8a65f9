"""Regular expressions for the conventions of committee minutes, compiled once."""

from __future__ import annotations

import re

_I = re.IGNORECASE

# "Label: value" lines and label cells of header tables.
LABELS: dict[str, str] = {
    "next": r"date (?:and (?:time|venue) )?of (?:the )?next meeting|next meeting(?: date)?",
    "date": r"date(?: and time)?(?: of (?:the )?meeting)?|meeting date|held on",
    "time": r"time|duration|start(?:ed)?|finish(?:ed)?|call|chat|repository|status|purpose|"
            r"agenda/summary|call in details",
    "venue": r"venue|location|place|where|held at",
    "apologies": r"apologies(?: for absence)?(?: received)?|apologies received from|regrets",
    "absent": r"absent(?: without apolog(?:y|ies))?|absentees|not present",
    "chair": r"chair(?:s|man|woman|person)?|chaired by|co-chairs?",
    "scribe": r"scribes?|minutes? taken by|minute[- ]?takers?|note[- ]?takers?|clerk",
    "present": r"present|attendees|attendance|attending|members present|in attendance|"
               r"also present|also in attendance|members(?: and officers)?|"
               r"officers(?: present| in attendance)?|participants|governors present",
}
LABEL_LINE = re.compile(
    r"^(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items()) + r")"
    r"\s*(?:[:\-–—\t]\s*(?P<value>.*)|$)", _I)
LABEL_CELL = re.compile(
    r"^(?:" + "|".join(f"(?P<{k}>{v})" for k, v in LABELS.items()) + r")\s*:?$", _I)

BULLET = re.compile(r"^(?:[*\-+•·▪◦○●]|>)\s*")
MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")
NUMBERED = re.compile(
    r"^(?:item\s+)?(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?:[.):]\s*|\s+)(?P<title>\S.*)$", _I)
BARE_NUMBER = re.compile(r"^(?:item\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?$", _I)
CAPS_WORD = re.compile(r"[A-Z]{3,}")

ACTION_PREFIX = re.compile(
    r"^(?:\[\s*ACTIONS?\s*\]|ACTIONS?\b(?:\s+POINTS?)?|Actions?(?:\s+points?)?(?=\s*[:\-–—])"
    r"|Action(?=\s+[A-Z]{2,4}\b))\s*[:\-–—]?\s*(?P<rest>.*)$")
TRAILING_ACTION = re.compile(r"^(?P<body>.+?[.;])\s*\(?\b(?:ACTION|Action)\s*[:\-–—]?\s*"
                             r"(?P<who>[^.:;]{1,60}?)\)?\.?$")
AT_OWNER = re.compile(r"^@(?P<who>[A-Za-z][\w.-]*):\s*(?P<rest>[^<>]+)$")
NOTE = re.compile(r"^(?:(?P<nb>N\.?B\.?(?=[\s:\-–—]))|(?P<note>NOTE|Note(?=\s*[:\-–—])))"
                  r"\s*[:\-–—]?\s*(?P<rest>.*)$")
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
APPROVAL_WORD = re.compile(r"\b(?:agreed|approved|accepted|confirmed|adopted|signed)\b", _I)
CORRECTION_WORD = re.compile(r"\b(?:correct\w*|amend\w*|error|errors|should read|alter\w*|"
                             r"chang\w+|spelling)\b", _I)
MINUTES_ITEM = re.compile(r"^(?:(?:approval|confirmation|adoption) of (?:the )?)?"
                          r"(?:(?:previous|last) )?minutes\b(?!\s*tak)", _I)

APOLOGY_SENTENCE = re.compile(
    r"^apologies(?: for absence)?(?: were| was| had been| have been)?\s+(?:received|submitted|"
    r"tendered|given|sent|noted)\s+(?:from|by|for)\s*:?\s*(?P<who>.+?)\.?$", _I)
PRESENT_SENTENCE = re.compile(r"^(?:those present|present were|attending were)\s*:?\s*"
                              r"(?P<who>.+?)\.?$", _I)

CONFIDENTIAL = re.compile(r"\b(?:confidential|part (?:2|ii|two)\b|exempt(?:ion)?|"
                          r"not for publication)\b", _I)

NEXT_MEETING = re.compile(r"\bnext meeting\b", _I)
DUE_LEAD = re.compile(r"\b(?:by|before|no later than|due(?: by| on)?|deadline(?: of| is)?:?|"
                      r"until)\s+(?:the\s+)?(?:end of\s+)?$", _I)
PURPOSE_CLAUSE = re.compile(r",?\s+(?:in order (?:to|that)|so that)\b.*$", _I)
FOLLOWING_MEETING = re.compile(r"^(?:following|after|outside(?: of)?) the meeting,?\s+", _I)
LEADING_IMPORTANT = re.compile(r"^(?:it is\s+)?(?:important|essential|necessary|agreed)\s+"
                               r"(?:to|that)\s+", _I)
DONE_MARK = re.compile(r"[✅✔☑✓]\ufe0f?\s*")
PLACEHOLDER = re.compile(r"^(?:text|name: text|tbc|\.\.\.|…)?$", _I)

SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Za-z@])")
SPEAKER_COLON = re.compile(r"^(?P<who>[A-Za-z][\w'’.-]{0,24}(?:\s+[A-Z][\w'’.-]{0,24}){0,2})"
                           r"\s*:\s+(?P<rest>.*)$")
SPEAKER_VERB = re.compile(r"^\S+(?:\s*(?:,|&|and)\s*\S+)*\s+(?P<verb>[A-Za-z]+)")

HEADING_MODES = (
    ("review", re.compile(r"^(?:review(?: of)?(?: the)?(?: previous| outstanding| open)?"
                          r" actions?(?: items?| points?| log)?|actions? review|"
                          r"review action items?|action review|"
                          r"actions? from (?:the )?(?:last|previous) meeting)\b", _I)),
    ("actions", re.compile(r"^(?:actions?|action points|action items|new actions|"
                           r"actions? (?:arising|agreed|list|log|summary)|"
                           r"summary of actions)$", _I)),
    ("decisions", re.compile(r"^(?:decisions?|resolutions?|decisions? (?:made|taken|log))$",
                             _I)),
    ("future", re.compile(r"\b(?:(?:dates?|schedule) of (?:the )?(?:future|next|forthcoming)"
                          r" meetings?|future meetings?(?: dates)?|next meetings?|"
                          r"forthcoming meetings|meeting dates)\b", _I)),
)

# Words that start sentences or name groups but never own an action.
NOT_OWNERS = {
    "the", "this", "that", "these", "those", "it", "its", "we", "they", "he", "she", "i",
    "you", "there", "here", "please", "next", "all", "everyone", "everybody", "anyone",
    "someone", "somebody", "nobody", "none", "each", "any", "our", "their", "his", "her",
    "if", "when", "once", "after", "before", "following", "also", "then", "item", "items",
    "action", "actions", "note", "nb", "agreed", "resolved", "decision", "proposal",
    "a", "an", "in", "on", "at", "for", "to", "by", "with", "from", "as", "and", "or", "but",
    "who", "what", "how", "why", "where", "not", "no", "yes", "so", "do", "one",
}
ROLE_OWNERS = {
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "clerk", "secretary",
    "treasurer", "officer", "officers", "director", "directors", "members", "governors",
    "head", "heads", "headteacher", "headteachers", "council", "committee", "board", "forum",
    "executive", "manager", "managers", "trustees", "staff", "team", "panel", "lead",
}
# Capitals that are not people when they start a sentence.
NOT_PERSON_ACRONYMS = {
    "NB", "AOB", "ACTION", "ACTIONS", "NOTE", "RESOLVED", "AGREED", "PROPOSAL", "RESOLUTION",
    "DECISION", "URL", "TBC", "TBA", "FYI", "UK", "EU", "USA", "PR", "PRS", "CG", "WG", "TR",
    "ED", "API", "OK", "AGM", "EGM", "HR", "IT", "ICT", "SEN", "SEND", "DFE", "DFES", "CEO",
    "LA", "NHS", "FAQ", "PDF", "RDF", "HTTP", "HTML", "CSS", "LDP", "ACP", "WAC", "OIDC",
    "MUST", "MAY", "SHOULD", "TODO", "ETC", "IE", "EG", "AI", "KPI", "AND", "THE", "FOR",
    "WITH", "NOT", "ALL", "ANY", "YES", "NO", "AM", "PM", "UTC", "BST", "GMT",
}
SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by"}
