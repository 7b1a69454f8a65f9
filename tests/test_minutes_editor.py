import pytest

from minutebook.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinuteEntry,
    MinutesApproval,
)


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


@pytest.fixture
def fresh(clerk, demo):
    response = clerk.post(f"/bodies/{demo.slug}/meetings/new/", {
        "kind": "full", "start": "2026-12-09T09:30", "venue": "Ashcombe Academy", "title": "",
    })
    meeting = Meeting.objects.get(venue="Ashcombe Academy")
    assert response.url == f"/meetings/{meeting.pk}/minutes/"
    return meeting


def add_item(clerk, meeting, title, **extra):
    clerk.post(f"/meetings/{meeting.pk}/items/", {"title": title, "kind": "substantive", **extra})
    return AgendaItem.objects.get(meeting=meeting, title=title)


def test_a_clerk_creates_a_meeting_and_records_attendance(clerk, fresh, demo):
    chair = demo.memberships.get(role="chair").person
    clerk.post(f"/meetings/{fresh.pk}/attendance/{chair.pk}/", {"status": "present"})
    clerk.post(f"/meetings/{fresh.pk}/guests/", {"name": "Dev Tanner", "status": "in_attendance"})
    assert Attendance.objects.get(meeting=fresh, person=chair).status == "present"
    assert Attendance.objects.get(meeting=fresh, name_as_written="Dev Tanner").status == "in_attendance"
    clerk.post(f"/meetings/{fresh.pk}/attendance/{chair.pk}/", {"status": ""})
    assert not Attendance.objects.filter(meeting=fresh, person=chair).exists()


def test_an_action_entry_owned_by_members_and_unknown_initials_becomes_an_action(clerk, fresh):
    item = add_item(clerk, fresh, "Membership check")
    clerk.post(f"/items/{item.pk}/entries/", {
        "kind": "action", "text": "Write to Dunholt heads.", "owners": "AB & DT",
        "due_next_meeting": "on",
    })
    action = Action.objects.get(meeting=fresh)
    assert action.owners_as_written == "AB & DT"
    assert [p.initials for p in action.owners.all()] == ["AB"]
    assert action.owner_groups == ["DT"] and action.due_next_meeting
    assert action.entry.item == item
    assert fresh.__class__.objects.get(pk=fresh.pk).minutes_status == "draft"


def test_speakers_are_resolved_and_the_written_attribution_kept(clerk, fresh):
    item = add_item(clerk, fresh, "Transport")
    clerk.post(f"/items/{item.pk}/entries/", {
        "kind": "contribution", "text": "RG and HO stressed the cost of routes.",
        "speakers": "RG and HO",
    })
    entry = MinuteEntry.objects.get(item=item)
    assert entry.attribution == "RG and HO"
    assert {p.full_name for p in entry.speakers.all()} == {"Ravi Gill", "Helen Okafor"}


def test_editing_an_entry_into_a_decision_replaces_its_action(clerk, fresh):
    item = add_item(clerk, fresh, "Funding")
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "action", "text": "MB to circulate.",
                                              "owners": "MB"})
    entry = MinuteEntry.objects.get(item=item)
    clerk.post(f"/entries/{entry.pk}/", {"kind": "decision", "text": "Agreed to circulate.",
                                         "version": entry.version})
    assert not Action.objects.filter(entry=entry).exists()
    assert Decision.objects.get(entry=entry).text == "Agreed to circulate."


def test_a_stale_edit_is_refused_and_nothing_is_lost(clerk, fresh):
    item = add_item(clerk, fresh, "Recruitment")
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "discussion", "text": "First words."})
    entry = MinuteEntry.objects.get(item=item)
    stale = entry.version
    clerk.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "Clerk one.",
                                         "version": stale})
    response = clerk.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "Clerk two.",
                                                    "version": stale})
    assert response.status_code == 409
    assert "changed by someone else" in response.content.decode()
    assert "Clerk two." in response.content.decode()  # their text is still in the form
    assert MinuteEntry.objects.get(pk=entry.pk).text == "Clerk one."


def test_minutes_move_from_draft_to_circulated_to_approved_and_lock(clerk, fresh):
    item = add_item(clerk, fresh, "Any other business")
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "discussion", "text": "None."})
    clerk.post(f"/meetings/{fresh.pk}/minutes/status/", {"status": "circulated"})
    clerk.post(f"/meetings/{fresh.pk}/minutes/status/", {"status": "approved"})
    fresh.refresh_from_db()
    assert fresh.minutes_status == "approved" and MinutesApproval.objects.get(minutes_of=fresh)
    entry = MinuteEntry.objects.get(item=item)
    clerk.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "Rewritten.",
                                         "version": entry.version})
    clerk.post(f"/entries/{entry.pk}/delete/")
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "discussion", "text": "Late."})
    assert list(MinuteEntry.objects.filter(item=item).values_list("text", flat=True)) == ["None."]


def test_approval_cannot_skip_circulation(clerk, fresh):
    clerk.post(f"/meetings/{fresh.pk}/minutes/status/", {"status": "draft"})
    clerk.post(f"/meetings/{fresh.pk}/minutes/status/", {"status": "approved"})
    fresh.refresh_from_db()
    assert fresh.minutes_status == "draft"


def test_a_member_can_read_but_not_edit(client, demo):
    client.login(username="member", password="minutebook-demo")
    meeting = demo.meetings.past().first()
    assert client.get(meeting.get_absolute_url()).status_code == 200
    assert "Edit minutes" not in client.get(meeting.get_absolute_url()).content.decode()
    assert client.get(f"/meetings/{meeting.pk}/minutes/").status_code == 403
    item = meeting.agenda_items.first()
    response = client.post(f"/items/{item.pk}/entries/", {"kind": "discussion", "text": "x"})
    assert response.status_code == 403
    assert client.post(f"/bodies/{demo.slug}/meetings/new/", {}).status_code == 403


def test_someone_outside_a_private_body_gets_not_found(client, demo):
    client.login(username="member", password="minutebook-demo")
    executive = demo.sub_bodies.get()
    meeting = executive.meetings.first()
    from django.contrib.auth import get_user_model

    from minutebook.bodies.models import Membership
    Membership.objects.filter(body=executive, person__user__username="member").delete()
    get_user_model()  # the member is not on the executive
    assert client.get(f"/meetings/{meeting.pk}/minutes/").status_code == 404


def test_an_item_can_be_renamed_renumbered_and_marked_confidential(clerk, fresh):
    item = add_item(clerk, fresh, "Transprot")
    clerk.post(f"/items/{item.pk}/", {"title": "Transport", "number": "3", "kind": "substantive",
                                      "confidential": "on"})
    item.refresh_from_db()
    assert (item.title, item.number, item.confidential) == ("Transport", "3", True)


def test_only_an_empty_item_can_be_removed(clerk, fresh):
    keep = add_item(clerk, fresh, "Funding")
    clerk.post(f"/items/{keep.pk}/entries/", {"kind": "discussion", "text": "Words."})
    drop = add_item(clerk, fresh, "Spare")
    clerk.post(f"/items/{keep.pk}/delete/")
    clerk.post(f"/items/{drop.pk}/delete/")
    assert list(AgendaItem.objects.filter(meeting=fresh).values_list("title", flat=True)) == [
        "Funding"]
