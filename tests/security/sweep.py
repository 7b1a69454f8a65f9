"""Every channel a reader can reach, read as each role: what canaries each one saw.

Channels: pages (kept pages asked for twice), search, the action tracker and its CSV and
XLSX, the decisions register, body and person pages, calendar feeds, the JSON API, minutes
and agenda exports (HTML, DOCX; the PDF is printed from the same HTML, checked in
test_canaries_reach_only_those_entitled), the consultation page and its combined report
(HTML, DOCX), and the open-data export of `minutebook export --body SLUG --public`.
"""

import re

from django.core.management import call_command

from minutebook.bodies.models import Body, Person
from minutebook.consultations.models import Consultation
from minutebook.meetings.models import Action, Meeting

from .conftest import readable_text

TOKEN = re.compile(r"CANARY[A-Z]+\d+")
KEPT = ("/dashboard/", "/meetings/", "/actions/?", "/search/")  # pages kept for reuse


def urls_for(meetings, tokens) -> list[str]:
    bodies = list(Body.objects.all())
    urls = ["/", "/dashboard/", "/actions/?status=all", "/actions/?status=all&page=2",
            "/decisions/", "/actions/export.csv?status=all", "/actions/export.xlsx?status=all",
            "/api/actions?limit=200", "/api/decisions?limit=200"]
    for body in bodies:
        urls += [body.get_absolute_url(), f"/bodies/{body.slug}/calendar.ics",
                 f"/api/bodies/{body.slug}", f"/api/bodies/{body.slug}/meetings?limit=200",
                 f"/actions/?status=all&body={body.slug}"]
    for meeting in meetings:
        urls += [meeting.get_absolute_url(), f"/api/meetings/{meeting.pk}",
                 f"/meetings/{meeting.pk}/agenda.html"]
        for fmt in ("html", "docx"):
            urls += [f"/meetings/{meeting.pk}/minutes.{fmt}",
                     f"/meetings/{meeting.pk}/minutes.{fmt}?version=public"]
    for action in Action.objects.filter(meeting__in=meetings):
        urls += [action.get_absolute_url(), f"/api/actions/{action.pk}"]
    for person in Person.objects.filter(actions__meeting__in=meetings).distinct():
        urls += [person.get_absolute_url(), f"/calendar/{person.calendar_token}.ics"]
    for paper in Consultation.objects.all():
        urls += [paper.get_absolute_url(), f"/consultations/{paper.pk}/report.html",
                 f"/consultations/{paper.pk}/report.docx"]
    urls += [f"/search/?q={token}" for token in sorted(tokens)]
    return urls


def seen_by(client, urls) -> dict[str, set[str]]:
    """Canary -> the URLs where this client read it. Each URL is asked for twice, so that
    the second answer may come from a kept page."""
    seen: dict[str, set[str]] = {}
    for url in urls:
        for _ in range(2 if url.startswith(KEPT) else 1):
            response = client.get(url)
            assert response.status_code < 500, url
            for token in TOKEN.findall(readable_text(response)):
                seen.setdefault(token, set()).add(url)
    return seen


def public_export(tmp_path) -> set[str]:
    """Canaries in `minutebook export --body SLUG --public`, for every public body."""
    found = set()
    for body in Body.objects.filter(is_public=True):
        out = tmp_path / f"{body.slug}.json"
        call_command("export", body=body.slug, public=True, output=str(out))
        found |= set(TOKEN.findall(out.read_text(encoding="utf-8")))
    return found


def touched_meetings(meeting_ids) -> list[Meeting]:
    return list(Meeting.objects.filter(pk__in=meeting_ids))
