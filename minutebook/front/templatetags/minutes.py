"""Render a minute entry as the clerk wrote it, with each speaker linked to their page."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

MARKERS = {"action": "ACTION", "note": "NOTE", "nb": "NB", "decision": "AGREED"}
# A marker the text already carries ("ACTION – …", "NB: …") is shown once, not twice.
LEADING_MARKER = re.compile(r"^\s*(action|note|nb|n\.b\.)\b\s*[:\-–—]?\s*", re.I)
LEADING_DECISION = re.compile(r"^\s*(agreed|resolved|approved|decision)\b", re.I)


def speaker_link(person, shown: str) -> str:
    return format_html(
        '<a class="speaker" href="{}"><abbr title="{}">{}</abbr></a>',
        person.get_absolute_url(), person.full_name, shown,
    )


def written_forms(entry) -> list[str]:
    """The attribution as written ("RG and PL", "Martin"), split into single references."""
    return [w for w in re.split(r"\s*(?:,|&|\band\b)\s*", entry.attribution) if w]


def forms_of(person, entry) -> list[str]:
    written = [w for w in written_forms(entry) if w == person.initials or w in person.full_name]
    return [f for f in (*written, person.initials, person.full_name) if f]


def split_marker(entry) -> tuple[str, str]:
    marker, text = MARKERS.get(entry.kind, ""), entry.text
    found = LEADING_MARKER.match(text)
    if found and entry.kind in ("action", "note", "nb"):
        return found.group(1).upper().rstrip("."), text[found.end():]
    if entry.kind == "decision" and LEADING_DECISION.match(text):
        return "", text
    return marker, text


def entry_speakers(entry) -> list:
    """The list minutes_layout fetched for the whole meeting, or this entry's own."""
    found = getattr(entry, "speaker_list", None)
    return list(entry.speakers.all()) if found is None else found


@register.filter
def entry_html(entry):
    marker, text = split_marker(entry)
    html = escape(text)
    speakers = entry_speakers(entry)
    unlinked = []
    for person in speakers:
        for shown in forms_of(person, entry):
            # Not inside a link already made, nor inside its title attribute.
            pattern = re.compile(rf'(?<![\w>"]){re.escape(escape(shown))}(?!\w)')
            if pattern.search(html):
                html = pattern.sub(speaker_link(person, shown), html, count=1)
                break
        else:
            unlinked.append(person)
    if unlinked and len(unlinked) == len(speakers):
        names = " &amp; ".join(speaker_link(p, p.initials or p.full_name) for p in speakers)
        html = f"{names} {html}"
    if marker:
        html = f"<strong>{marker} – </strong>{html}"
    return mark_safe(html)
