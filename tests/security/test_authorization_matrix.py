"""Every URL pattern against every role. A new URL fails this test until it is added here."""

import pytest
from django.core.files.base import ContentFile
from django.urls import get_resolver

from minutebook.consultations.models import Consultation, Point, Theme
from minutebook.documents.models import Document
from minutebook.meetings.models import Action, MinuteEntry

OK, LOGIN, DENIED = "ok", "login", "denied"
# For each role (anonymous, other body's member, member, clerk): what the forum's private
# executive records and the public forum's records give.
READ_PUBLIC = (OK, OK, OK, OK)
READ_LOGGED_IN = (LOGIN, OK, OK, OK)
CLERK_ONLY = (LOGIN, DENIED, DENIED, OK)
MEMBER_ACTION = (LOGIN, DENIED, OK, OK)


def targets(planted):
    forum, meeting = planted["forum"], planted["draft"]
    item = meeting.agenda_items.first()
    entry = MinuteEntry.objects.filter(item=item).first()
    action = Action.objects.filter(meeting__body=forum, meeting__minutes_status="approved",
                                   confidential=False).first()
    person = forum.memberships.first().person
    doc = Document(original_name="x.txt", sha256="0" * 64, body=forum)
    doc.file.save("x.txt", ContentFile(b"Minutes"))
    slug = forum.slug
    paper = Consultation.objects.get()
    point = Point.objects.filter(response__consultation=paper).first()
    theme = Theme.objects.create(consultation=paper, key="T-x", label="Transport")
    return {
        # name: (method, path, expected per role)
        "home": ("get", "/", READ_PUBLIC),
        "healthz": ("get", "/healthz", READ_PUBLIC),
        "dashboard": ("get", "/dashboard/", READ_LOGGED_IN),
        "body": ("get", forum.get_absolute_url(), READ_PUBLIC),
        "meeting": ("get", meeting.get_absolute_url(), READ_PUBLIC),
        "person": ("get", person.get_absolute_url(), READ_PUBLIC),
        "decisions": ("get", "/decisions/", READ_PUBLIC),
        "search": ("get", "/search/?q=forum", READ_PUBLIC),
        "actions": ("get", "/actions/", READ_PUBLIC),
        "actions_csv": ("get", "/actions/export.csv", READ_PUBLIC),
        "actions_xlsx": ("get", "/actions/export.xlsx", READ_PUBLIC),
        "action": ("get", f"/actions/{action.pk}/", READ_PUBLIC),
        "action_update": ("post", f"/actions/{action.pk}/update/", CLERK_ONLY),
        "login": ("get", "/accounts/login/", READ_PUBLIC),
        "password_reset": ("get", "/accounts/password-reset/", READ_PUBLIC),
        "password_reset_done": ("get", "/accounts/password-reset/sent/", READ_PUBLIC),
        "password_reset_confirm": ("get", "/accounts/reset/MQ/bad-token/", READ_PUBLIC),
        "password_reset_complete": ("get", "/accounts/reset/done/", READ_PUBLIC),
        "minutes_export": ("get", f"/meetings/{planted['approved'].pk}/minutes.pdf", READ_PUBLIC),
        "agenda_export": ("get", f"/meetings/{meeting.pk}/agenda.html",
                          (DENIED, DENIED, OK, OK)),
        "upload": ("get", f"/bodies/{slug}/import/", CLERK_ONLY),
        "document": ("get", f"/documents/{doc.pk}/", (LOGIN, DENIED, DENIED, OK)),
        "confirm_document": ("post", f"/documents/{doc.pk}/confirm/", (LOGIN, DENIED, DENIED, OK)),
        "download_document": ("get", f"/documents/{doc.pk}/download/",
                              (LOGIN, DENIED, DENIED, OK)),
        "meeting_new": ("get", f"/bodies/{slug}/meetings/new/", CLERK_ONLY),
        "minutes_edit": ("get", f"/meetings/{meeting.pk}/minutes/", CLERK_ONLY),
        "minutes_status": ("post", f"/meetings/{meeting.pk}/minutes/status/", CLERK_ONLY),
        "attendance_set": ("post", f"/meetings/{meeting.pk}/attendance/{person.pk}/",
                           CLERK_ONLY),
        "guest_add": ("post", f"/meetings/{meeting.pk}/guests/", CLERK_ONLY),
        "item_add": ("post", f"/meetings/{meeting.pk}/items/", CLERK_ONLY),
        "item_edit": ("post", f"/items/{item.pk}/", CLERK_ONLY),
        "item_delete": ("post", f"/items/{item.pk}/delete/", CLERK_ONLY),
        "entry_add": ("post", f"/items/{item.pk}/entries/", CLERK_ONLY),
        "entry_edit": ("get", f"/entries/{entry.pk}/", CLERK_ONLY),
        "amend_entry": ("post", f"/entries/{entry.pk}/amend/", CLERK_ONLY),
        "schedule": ("get", f"/bodies/{slug}/schedule/", CLERK_ONLY),
        "body_calendar": ("get", f"/bodies/{slug}/calendar.ics", READ_PUBLIC),
        "person_calendar": ("get", f"/calendar/{person.calendar_token}.ics", READ_PUBLIC),
        "agenda_request": ("post", f"/bodies/{slug}/agenda-requests/", MEMBER_ACTION),
        "meeting_move": ("post", f"/meetings/{meeting.pk}/move/", CLERK_ONLY),
        "agenda": ("get", f"/meetings/{meeting.pk}/agenda/", CLERK_ONLY),
        "agenda_circulate": ("post", f"/meetings/{meeting.pk}/agenda/circulate/", CLERK_ONLY),
        "approve": ("get", f"/meetings/{meeting.pk}/approve-previous/", CLERK_ONLY),
        "agenda_move": ("post", f"/items/{item.pk}/move/", CLERK_ONLY),
        "openapi-json": ("get", "/api/openapi.json", READ_PUBLIC),
        "list_bodies": ("get", "/api/bodies", READ_PUBLIC),
        "get_body": ("get", f"/api/bodies/{slug}", READ_PUBLIC),
        "list_meetings": ("get", f"/api/bodies/{slug}/meetings", READ_PUBLIC),
        "get_meeting": ("get", f"/api/meetings/{meeting.pk}", READ_PUBLIC),
        "list_actions": ("get", "/api/actions", READ_PUBLIC),
        "get_action": ("get", f"/api/actions/{action.pk}", READ_PUBLIC),
        "list_decisions": ("get", "/api/decisions", READ_PUBLIC),
        "api-root": ("get", "/api/", (DENIED, DENIED, DENIED, DENIED)),
        "consultations": ("get", "/consultations/", READ_LOGGED_IN),
        "consultation": ("get", paper.get_absolute_url(), READ_LOGGED_IN),
        "consultation_new": ("get", "/consultations/new/", CLERK_ONLY),
        "add_points": ("post", f"/consultations/{paper.pk}/bodies/{slug}/points/", CLERK_ONLY),
        "find_themes": ("post", f"/consultations/{paper.pk}/find-themes/", CLERK_ONLY),
        "theme_job": ("get", f"/consultations/{paper.pk}/job/", READ_LOGGED_IN),
        "combined_report": ("get", f"/consultations/{paper.pk}/report.html", READ_LOGGED_IN),
        "theme_edit": ("post", f"/themes/{theme.pk}/", CLERK_ONLY),
        "point_edit": ("post", f"/points/{point.pk}/", CLERK_ONLY),
        "entry_delete": ("post", f"/entries/{entry.pk}/delete/", CLERK_ONLY),
        # Last: it ends the session.
        "logout": ("post", "/accounts/logout/", READ_PUBLIC),
    }


def named_patterns(patterns=None):
    for p in patterns if patterns is not None else get_resolver().url_patterns:
        if hasattr(p, "url_patterns"):
            if getattr(p, "app_name", None) == "admin":
                continue
            yield from named_patterns(p.url_patterns)
        elif p.name:
            yield p.name


def outcome(response) -> str:
    if response.status_code in (403, 404, 405):
        return DENIED
    if response.status_code == 302 and "/accounts/login/" in response.url:
        return LOGIN
    assert response.status_code < 400, response.status_code
    return OK


def test_every_url_pattern_is_in_the_matrix(planted):
    assert set(named_patterns()) - set(targets(planted)) == set()


@pytest.mark.parametrize("role_index,role", enumerate(["anonymous", "other", "member", "clerk"]))
def test_each_role_gets_what_the_matrix_says(planted, clients, role_index, role):
    wrong = []
    for name, (method, path, expected) in targets(planted).items():
        response = getattr(clients[role], method)(path)
        if outcome(response) != expected[role_index]:
            wrong.append(f"{name} {path}: {outcome(response)} != {expected[role_index]}")
    assert not wrong, "\n".join(wrong)


def test_the_admin_is_for_admins_only(planted, clients, client):
    for role in ("anonymous", "other", "member", "clerk"):
        response = clients[role].get("/admin/meetings/minuteentry/")
        assert response.status_code == 302 and "/admin/login/" in response.url, role
    client.login(username="admin", password="minutebook-demo")
    assert client.get("/admin/meetings/minuteentry/").status_code == 200
