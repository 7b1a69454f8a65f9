"""Marks and words every family shares: bullets, headings, rules, sentence ends."""

from __future__ import annotations

import re

_I = re.IGNORECASE

BULLET = re.compile(r"^(?:[*\-+•·▪◦○●]|>)\s*")
MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|={3,})$")
PLACEHOLDER = re.compile(r"^(?:text|name: text|tbc|\.\.\.|…)?$", _I)
# A sentence ends at . ! ?, but not after a title or an initial: "Cllr. R. Crisp agreed".
_NO_END = "".join(rf"(?<!\b{t}\.)" for t in ("Mr", "Mrs", "Ms", "Dr", "Cllr", "Prof", "Rev", "Revd",
                                             "St", "Sr", "Jr")) + r"(?<!\b[A-Z]\.)"
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])" + _NO_END + r"\s+(?=[\"“‘'(\[]?[A-Za-z@])")
SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by"}
