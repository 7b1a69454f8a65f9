"""Canaries planted in confidential entries, draft minutes and another body's records must
appear only where a role is entitled to them: pages, search, exports, feeds and the API."""

from minutebook.bodies.models import Person
from minutebook.meetings.models import Action, Meeting

from .conftest import CONF, DRAFT, ENTITLED, OTHER, ROLES, readable_text


def urls_to_visit(planted):
    forum, executive, primary = planted["forum"], planted["executive"], planted["primary"]
    urls = ["/", "/dashboard/", "/actions/?status=all", "/decisions/",
            "/actions/export.csv?status=all", "/actions/export.xlsx?status=all",
            "/api/bodies", "/api/actions?limit=200", "/api/decisions?limit=200",
            f"/api/bodies/{forum.slug}/meetings?limit=200",
            f"/api/bodies/{executive.slug}/meetings?limit=200"]
    for body in (forum, executive, primary):
        urls += [body.get_absolute_url(), f"/bodies/{body.slug}/calendar.ics",
                 f"/api/bodies/{body.slug}"]
    # Search by the words beside the canaries: the page repeats the query itself.
    for word in ("aside", "names school", "words", "decision", "action", "item"):
        urls.append(f"/search/?q={word}")
    for meeting in Meeting.objects.filter(body__in=[forum, executive]):
        urls += [meeting.get_absolute_url(), f"/api/meetings/{meeting.pk}"]
    for meeting in (planted["approved"], planted["draft"], planted["private"]):
        for fmt in ("html", "pdf", "docx"):
            urls += [f"/meetings/{meeting.pk}/minutes.{fmt}",
                     f"/meetings/{meeting.pk}/minutes.{fmt}?version=public",
                     f"/meetings/{meeting.pk}/agenda.{fmt}"]
    for action in Action.objects.filter(text__startswith="CANARY"):
        urls += [action.get_absolute_url(), f"/api/actions/{action.pk}"]
    for person in Person.objects.filter(memberships__body=forum).distinct()[:4]:
        urls += [person.get_absolute_url(), f"/calendar/{person.calendar_token}.ics"]
    return urls


def test_each_role_reads_exactly_the_canaries_it_is_entitled_to(planted, clients):
    urls = urls_to_visit(planted)
    for role in ROLES:
        seen = set()
        for url in urls:
            response = clients[role].get(url)
            assert response.status_code < 500, (role, url)
            text = readable_text(response)
            for canary in (CONF, DRAFT, OTHER):
                if canary in text:
                    assert canary in ENTITLED[role], f"{role} read {canary} at {url}"
                    seen.add(canary)
        assert seen == ENTITLED[role], (role, seen)


def test_public_copies_never_carry_a_canary_even_for_the_clerk(planted, clients):
    meeting = planted["approved"]
    for fmt in ("html", "pdf", "docx"):
        response = clients["clerk"].get(f"/meetings/{meeting.pk}/minutes.{fmt}?version=public")
        assert CONF not in readable_text(response), fmt


def test_kept_pages_carry_no_canary_from_one_role_to_another(planted, clients):
    """The pages kept for reuse (dashboard, meeting, tracker, search), asked for again and
    again by every role in turn, so that most answers come from what was kept."""
    kept = [url for url in urls_to_visit(planted)
            if url.startswith(("/dashboard/", "/meetings/", "/actions/?", "/search/"))
            and not url.endswith((".html", ".pdf", ".docx"))]
    seen = {role: set() for role in ROLES}
    for _ in range(3):
        for url in kept:
            for role in ROLES:
                text = readable_text(clients[role].get(url))
                for canary in (CONF, DRAFT, OTHER):
                    if canary in text:
                        assert canary in ENTITLED[role], f"{role} read {canary} at {url}"
                        seen[role].add(canary)
    assert seen == ENTITLED
