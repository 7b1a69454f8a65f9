"""An edit that does not say which version it was made on is refused, never saved over a
newer text."""

from minutebook.meetings.models import Meeting, MinuteEntry


def draft_entry(demo):
    meeting = Meeting.objects.filter(body=demo).exclude(minutes_status="approved").first()
    Meeting.objects.filter(pk=meeting.pk).update(minutes_status="draft")
    item = meeting.agenda_items.create(title="Transport", order=1)
    return MinuteEntry.objects.create(item=item, text="The newer text")


def test_an_edit_without_its_version_is_refused(demo, client):
    entry = draft_entry(demo)
    client.login(username="clerk", password="minutebook-demo")
    response = client.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "Old words"})
    assert response.status_code == 409
    assert MinuteEntry.objects.get(pk=entry.pk).text == "The newer text"


def test_an_edit_with_its_version_is_saved_and_a_second_needs_the_new_one(demo, client):
    entry = draft_entry(demo)
    client.login(username="clerk", password="minutebook-demo")
    client.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "First edit",
                                          "version": entry.version})
    assert MinuteEntry.objects.get(pk=entry.pk).text == "First edit"
    stale = client.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "Stale edit",
                                                  "version": entry.version})
    assert stale.status_code == 409
    fresh = MinuteEntry.objects.get(pk=entry.pk)
    client.post(f"/entries/{entry.pk}/", {"kind": "discussion", "text": "Second edit",
                                          "version": fresh.version})
    assert MinuteEntry.objects.get(pk=entry.pk).text == "Second edit"
