"""Capitals that name a thing, not a person: "the TAC", "a GPU", "MFAs".

Initials stand for people who are never written with an article or in the plural, so where
the minutes write a capitalised token that way anywhere, it is an acronym (a committee, a
product, a protocol), and not finding it in the attendance is no cause to warn the clerk.
"""

from __future__ import annotations

import re

# Words that come before a thing and never before a person's initials.
THING_BEFORE = ("the", "a", "an", "this", "that", "these", "those", "our", "their", "its",
                "each", "every", "any", "no", "new", "whole", "per")
# An acronym written in the plural: "MFAs", "DCOs", "PRs".
PLURAL = re.compile(r"^[A-Z]{2,}s$")


def things_in(text: str, tokens) -> set[str]:
    """Those of tokens that the text writes as things at least once."""
    found = set()
    for token in tokens:
        if PLURAL.match(token):
            found.add(token)
            continue
        before = "|".join(THING_BEFORE)
        pattern = rf"\b(?i:{before})\s+{re.escape(token)}(?:'s|s)?\b"
        if re.search(pattern, text) or re.search(
                rf"\b{re.escape(token)}s\b", text):
            found.add(token)
    return found
