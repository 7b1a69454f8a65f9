"""The marker a minute entry opens with (ACTION, NOTE, NB, AGREED), as every format shows it.

A marker the text already carries ("ACTION – …", "NB: …") is shown once, not twice.
"""

import re

MARKERS = {"action": "ACTION", "note": "NOTE", "nb": "NB", "decision": "AGREED"}
LEADING_MARKER = re.compile(r"^\s*(action|note|nb|n\.b\.)\b\s*[:\-–—]?\s*", re.I)
LEADING_DECISION = re.compile(r"^\s*(agreed|resolved|approved|decision)\b", re.I)


def split_marker(entry) -> tuple[str, str]:
    """(marker to show, text without the marker it already carried) for an entry."""
    marker, text = MARKERS.get(entry.kind, ""), entry.text
    found = LEADING_MARKER.match(text)
    if found and entry.kind in ("action", "note", "nb"):
        return found.group(1).upper().rstrip("."), text[found.end():]
    if entry.kind == "decision" and LEADING_DECISION.match(text):
        return "", text
    return marker, text
