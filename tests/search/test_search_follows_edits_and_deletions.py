from minutebook.meetings.models import MinutesStatus
from minutebook.search.backends import search


def test_results_follow_the_entry_text_and_its_deletion(forum, meeting_factory, write,
                                                        viewer_of, approve):
    meeting = approve(meeting_factory(forum), MinutesStatus.CIRCULATED)
    member = viewer_of(forum)
    entry = write(meeting, "The library roof leaks.")
    assert len(search(member, "library")) == 1

    entry.text = "The gymnasium roof leaks."
    entry.save()
    assert search(member, "library") == []
    [hit] = search(member, "gymnasium")
    assert "<mark>gymnasium</mark>" in hit.snippet

    entry.delete()
    assert search(member, "gymnasium") == []


def test_approving_minutes_publishes_them_without_reindexing(forum, meeting_factory, write,
                                                             viewer_of, approve):
    meeting = approve(meeting_factory(forum), MinutesStatus.DRAFT)
    write(meeting, "Playground resurfacing was agreed.")
    assert search(viewer_of(), "resurfacing") == []

    approve(meeting)
    assert len(search(viewer_of(), "resurfacing")) == 1


def test_an_agenda_item_marked_confidential_hides_its_entries(forum, meeting_factory, write,
                                                              viewer_of):
    meeting = meeting_factory(forum, minutes_status=MinutesStatus.DRAFT)
    entry = write(meeting, "Staffing restructure options.")
    item = entry.item
    item.confidential = True
    item.save()
    meeting.minutes_status = MinutesStatus.APPROVED
    meeting.save()

    assert search(viewer_of(), "restructure") == []
    assert len(search(viewer_of(forum), "restructure")) == 1
