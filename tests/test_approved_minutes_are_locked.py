import pytest

from minutebook.meetings.models import AgendaItem, MinuteEntry, MinutesLocked, MinutesStatus


@pytest.fixture
def approved_entry(forum, meeting_factory):
    meeting = meeting_factory(forum)
    item = AgendaItem.objects.create(meeting=meeting, title="Matters arising")
    entry = MinuteEntry.objects.create(item=item, text="Original words.")
    meeting.minutes_status = MinutesStatus.APPROVED
    meeting.save()
    return MinuteEntry.objects.get(pk=entry.pk)


def test_an_entry_of_approved_minutes_cannot_be_edited(approved_entry):
    approved_entry.text = "Rewritten history."
    with pytest.raises(MinutesLocked):
        approved_entry.save()
    assert MinuteEntry.objects.get(pk=approved_entry.pk).text == "Original words."


def test_an_entry_of_approved_minutes_cannot_be_deleted(approved_entry):
    with pytest.raises(MinutesLocked):
        approved_entry.delete()
    assert MinuteEntry.objects.filter(pk=approved_entry.pk).exists()


def test_no_item_can_be_added_to_approved_minutes(approved_entry):
    with pytest.raises(MinutesLocked):
        AgendaItem.objects.create(meeting=approved_entry.item.meeting, title="Late addition")


def test_draft_minutes_can_be_edited(forum, meeting_factory):
    meeting = meeting_factory(forum, minutes_status=MinutesStatus.DRAFT)
    item = AgendaItem.objects.create(meeting=meeting, title="Minutes")
    entry = MinuteEntry.objects.create(item=item, text="First draft.")
    entry.text = "Second draft."
    entry.save()
    assert MinuteEntry.objects.get(pk=entry.pk).text == "Second draft."
