from pathlib import Path

import pytest

from minutebook.documents.importer import import_path
from minutebook.documents.models import Document
from minutebook.meetings.models import Action, Attendance, Meeting, MinuteEntry

FIXTURE = Path(__file__).parent / "fixtures" / "harrowvale-forum-2025-03-12.txt"


@pytest.fixture
def imported(forum):
    outcome = import_path(str(FIXTURE), forum)
    assert outcome.status == "imported", outcome.error
    return outcome


def test_it_records_the_meeting_with_its_date_and_venue(imported, forum):
    meeting = Meeting.objects.get(body=forum)
    assert meeting.start.date().isoformat() == "2025-03-12"
    assert meeting.venue == "Brindley Conference Centre"
    assert meeting.minutes_status == "approved"


def test_it_records_attendance_and_apologies_as_people(imported):
    present = Attendance.objects.filter(status="present")
    assert {a.person.full_name for a in present} >= {"Mrs Whitcombe", "Rachel Tandy"}
    assert set(Attendance.objects.filter(status="apologies").values_list(
        "person__family_name", flat=True)) == {"Yates", "Lindqvist"}


def test_it_links_contributions_to_the_people_who_spoke(imported):
    entry = MinuteEntry.objects.get(text__startswith="RG and HO stressed")
    assert {p.full_name for p in entry.speakers.all()} == {"Ravi Gill", "Helen Okafor"}


def test_it_keeps_unknown_initials_as_written_owners(imported):
    action = Action.objects.get(text__icontains="Dunholt")
    assert action.owners_as_written == "AB & DT"
    assert [p.full_name for p in action.owners.all()] == ["Adrian Bellamy"]
    assert action.owner_groups == ["DT"]
    assert action.entry is not None and action.entry.item.title == "Membership check"


def test_it_marks_confidential_material(imported):
    entry = MinuteEntry.objects.get(text__startswith="Martin shared")
    assert entry.is_confidential
    assert [p.full_name for p in entry.speakers.all()] == ["Martin Boyce"]


def test_it_keeps_the_original_file_and_its_hash(imported):
    doc = Document.objects.get()
    assert doc.status == "imported" and doc.meeting == imported.meeting
    assert doc.file.read() == FIXTURE.read_bytes()
    assert len(doc.sha256) == 64


def test_importing_the_same_file_again_changes_nothing(imported, forum):
    counts = (Meeting.objects.count(), Action.objects.count(), MinuteEntry.objects.count())
    again = import_path(str(FIXTURE), forum)
    assert again.status == "unchanged"
    assert (Meeting.objects.count(), Action.objects.count(), MinuteEntry.objects.count()) == counts


def test_a_dry_run_writes_nothing(forum):
    outcome = import_path(str(FIXTURE), forum, dry_run=True)
    assert outcome.status == "imported" and outcome.actions >= 2
    assert not Meeting.objects.exists() and not Document.objects.exists()


def test_a_document_without_a_date_is_kept_for_review_and_makes_no_meeting(forum, tmp_path):
    # Issue 13: such a document is no longer refused; it waits for the clerk to give a date.
    undated = tmp_path / "undated.txt"
    undated.write_text("Minutes of the forum\n\nPresent: Alan Barker, Sue Kent\n\nAB to write.\n")
    outcome = import_path(str(undated), forum)
    assert outcome.status == "needs_date"
    assert not Meeting.objects.exists() and not Action.objects.exists()
    doc = Document.objects.get()
    assert doc.status == "parsed" and doc.meeting is None
    assert "No meeting date was found" in doc.warnings
