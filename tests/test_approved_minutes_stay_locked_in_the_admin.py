import pytest
from django.urls import reverse

from minutebook.meetings.models import Meeting, MinuteEntry, MinutesLocked


@pytest.fixture
def admin(client, demo):
    client.login(username="admin", password="minutebook-demo")
    return client


def approved_entry(demo):
    return MinuteEntry.objects.filter(item__meeting__body=demo,
                                      item__meeting__minutes_status="approved").first()


def test_the_admin_cannot_edit_or_delete_an_approved_entry(admin, demo):
    entry = approved_entry(demo)
    url = reverse("admin:meetings_minuteentry_change", args=[entry.pk])
    admin.post(url, {"item": entry.item_id, "order": 1, "kind": "discussion",
                     "text": "Rewritten in the admin"})
    assert MinuteEntry.objects.get(pk=entry.pk).text == entry.text
    delete = reverse("admin:meetings_minuteentry_delete", args=[entry.pk])
    assert admin.post(delete, {"post": "yes"}).status_code in (302, 403)
    assert MinuteEntry.objects.filter(pk=entry.pk).exists()


def test_bulk_deletion_in_the_admin_skips_approved_entries(admin, demo):
    entry = approved_entry(demo)
    admin.post(reverse("admin:meetings_minuteentry_changelist"), {
        "action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"})
    assert MinuteEntry.objects.filter(pk=entry.pk).exists()


def test_approved_minutes_cannot_be_reopened_by_any_path(demo):
    meeting = Meeting.objects.filter(body=demo, minutes_status="approved").first()
    meeting.minutes_status = "draft"
    with pytest.raises(MinutesLocked):
        meeting.save()
    assert Meeting.objects.get(pk=meeting.pk).minutes_status == "approved"
