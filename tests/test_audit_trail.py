from minutebook.audit.models import Change
from minutebook.meetings.models import Action, Attendance, MinuteEntry


def test_an_edit_through_the_editor_is_recorded_with_its_author(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    meeting = demo.meetings.filter(minutes_status="circulated").get()
    entry = MinuteEntry.objects.filter(item__meeting=meeting, kind="discussion").first()
    before = entry.text
    client.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "Corrected wording.",
                                          "version": entry.version})
    change = Change.objects.filter(model="MinuteEntry", object_id=str(entry.pk)).first()
    assert change.user.username == "clerk" and change.action == "updated"
    assert change.changes["text"] == [before, "Corrected wording."]
    assert change.meeting == meeting


def test_attendance_and_action_changes_are_recorded(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    meeting = demo.meetings.filter(minutes_status="circulated").get()
    row = Attendance.objects.filter(meeting=meeting, status="apologies").first()
    client.post(f"/meetings/{meeting.pk}/attendance/{row.person_id}/", {"status": "present"})
    change = Change.objects.get(model="Attendance", object_id=str(row.pk), action="updated")
    assert change.changes["status"] == ["apologies", "present"]
    action = Action.objects.open().filter(meeting=meeting).first()
    client.post(f"/actions/{action.pk}/update/", {"status": "done", "version": action.version})
    logged = Change.objects.filter(model="Action", object_id=str(action.pk)).first()
    assert logged.changes["status"] == ["open", "done"] and logged.user.username == "clerk"


def test_a_deletion_keeps_what_was_deleted(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    meeting = demo.meetings.filter(minutes_status="circulated").get()
    entry = MinuteEntry.objects.filter(item__meeting=meeting, kind="nb").first()
    client.post(f"/entries/{entry.pk}/delete/")
    change = Change.objects.get(model="MinuteEntry", action="deleted", object_id=str(entry.pk))
    assert change.changes["text"][0] == entry.text
