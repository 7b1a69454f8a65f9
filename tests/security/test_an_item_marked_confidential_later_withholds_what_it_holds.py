"""A clerk adds an item with an action and a decision, then marks the item confidential,
circulates and approves: nothing of it reaches the public through any channel. Unmarked
again, it is public again."""

import json

import pytest
from django.core.management import call_command

from minutebook.meetings.models import Action, AgendaItem, Decision, Meeting

from .conftest import readable_text

SECRET_ACTION = "CANARYLATEACTION"
SECRET_DECISION = "CANARYLATEDECISION"


@pytest.fixture
def written(planted, clients):
    forum = planted["forum"]
    meeting = Meeting.objects.create(body=forum, start=planted["approved"].start.replace(
        year=planted["approved"].start.year - 3), status="held")
    clerk = clients["clerk"]
    clerk.post(f"/meetings/{meeting.pk}/items/", {"title": "Staffing", "kind": "substantive"})
    item = meeting.agenda_items.get(title="Staffing")
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "action", "owners": "CI",
                                              "text": f"{SECRET_ACTION} to write to the head"})
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "decision",
                                              "text": f"{SECRET_DECISION} was agreed"})
    return meeting, item


def mark(clients, item, confidential: bool):
    data = {"title": item.title, "kind": item.kind}
    if confidential:
        data["confidential"] = "on"
    assert clients["clerk"].post(f"/items/{item.pk}/", data).status_code == 302


def approve(clients, meeting):
    for status in ("circulated", "approved"):
        clients["clerk"].post(f"/meetings/{meeting.pk}/minutes/status/", {"status": status})
    assert Meeting.objects.get(pk=meeting.pk).minutes_status == "approved"


def public_channels(meeting) -> list[str]:
    action = Action.objects.get(text__startswith=SECRET_ACTION)
    owner = action.owners.get()
    urls = ["/actions/?status=all", action.get_absolute_url(), "/decisions/", "/api/actions",
            f"/api/actions/{action.pk}", "/api/decisions", "/actions/export.csv?status=all",
            "/actions/export.xlsx?status=all", "/search/?q=write+head", "/search/?q=agreed",
            meeting.body.get_absolute_url(), owner.get_absolute_url(), meeting.get_absolute_url(),
            f"/api/meetings/{meeting.pk}", f"/meetings/{meeting.pk}/minutes.html",
            f"/meetings/{meeting.pk}/minutes.pdf", f"/meetings/{meeting.pk}/minutes.docx"]
    return urls


def leaks(client, meeting, tmp_path) -> list[str]:
    found = []
    for url in public_channels(meeting):
        text = readable_text(client.get(url))
        found += [f"{canary} at {url}" for canary in (SECRET_ACTION, SECRET_DECISION)
                  if canary in text]
    out = tmp_path / "public.json"
    call_command("export", body=meeting.body.slug, public=True, output=str(out))
    exported = json.dumps(json.loads(out.read_text()))
    found += [f"{canary} in export --public" for canary in (SECRET_ACTION, SECRET_DECISION)
              if canary in exported]
    return found


def test_marking_the_item_after_its_entries_withholds_its_action_and_decision(
        written, clients, tmp_path):
    meeting, item = written
    mark(clients, item, True)
    approve(clients, meeting)
    assert Action.objects.get(text__startswith=SECRET_ACTION).sealed
    assert Decision.objects.get(text__startswith=SECRET_DECISION).sealed
    for role in ("anonymous", "other"):
        assert leaks(clients[role], meeting, tmp_path) == [], role
    # Members are entitled to it, and read it.
    text = readable_text(clients["member"].get("/actions/?status=all"))
    assert SECRET_ACTION in text


def test_unmarked_again_before_approval_it_is_public_once_approved(written, clients, tmp_path):
    meeting, item = written
    mark(clients, item, True)
    mark(clients, AgendaItem.objects.get(pk=item.pk), False)
    approve(clients, meeting)
    assert len(leaks(clients["anonymous"], meeting, tmp_path)) > 10


def test_a_sub_item_of_a_confidential_item_is_withheld_with_it(written, clients, tmp_path):
    meeting, item = written
    clients["clerk"].post(f"/meetings/{meeting.pk}/items/", {"title": "Personnel",
                                                               "kind": "substantive"})
    parent = meeting.agenda_items.get(title="Personnel")
    mark(clients, parent, True)
    # Moved under the confidential item after its entries were written.
    data = {"title": item.title, "kind": item.kind, "parent": parent.pk}
    clients["clerk"].post(f"/items/{item.pk}/", data)
    approve(clients, meeting)
    assert AgendaItem.objects.get(pk=item.pk).sealed
    for role in ("anonymous", "other"):
        assert leaks(clients[role], meeting, tmp_path) == [], role
    # Moved out again: public.
    AgendaItem.objects.filter(pk=item.pk).update(parent=None)
    assert not Action.objects.get(text__startswith=SECRET_ACTION).sealed
    assert leaks(clients["anonymous"], meeting, tmp_path)
