"""Render a minute entry as the clerk wrote it, with each speaker linked to their page."""

import re

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from minutebook.meetings.markers import split_marker

register = template.Library()


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
