"""`minutebook import`: a document with no meeting date is listed as needing one, and nothing
of it is imported until --date gives it."""


import pytest
from django.core.management import CommandError
from django.utils import timezone
from import_support import run_import

from minutebook.documents.models import Document
from minutebook.meetings.models import Action, Attendance, Meeting

UNDATED = """Minutes of the Lantern Lane Allotment Society

Present: Morwenna Pike, Idris Caldwell, Tamsin Orr

1. Water troughs
The troughs by the east gate leak.
Idris Caldwell to ask the council for a replacement.
"""



@pytest.fixture
def folder(tmp_path):
    archive = tmp_path / "archive"  # beside the test's media folder, not around it
    archive.mkdir()
    (archive / "troughs.txt").write_text(UNDATED)
    return archive


def test_an_undated_document_is_listed_as_needing_a_date_and_nothing_is_imported(forum, folder):
    code, out = run_import(str(folder), "--body", forum.name)
    assert code == 1
    assert "0 failed, 1 needs a date." in out
    doc = Document.objects.get()
    assert "needs a date: troughs.txt" in out and f"/documents/{doc.pk}/" in out
    assert not Meeting.objects.exists() and not Attendance.objects.exists()
    assert not Action.objects.exists()
    # Asked again without a date, it still waits, and still only once.
    code, out = run_import(str(folder), "--body", forum.name)
    assert code == 1 and "1 needs a date." in out
    assert Document.objects.count() == 1 and not Meeting.objects.exists()


def test_the_date_option_imports_it_on_that_date_and_a_second_run_changes_nothing(forum, folder):
    code, out = run_import(str(folder), "--body", forum.name, "--date", "2023-09-14")
    assert code == 0, out
    assert "Imported 1 meeting" in out and "0 need a date." in out
    meeting = Meeting.objects.get(body=forum)
    assert timezone.localdate(meeting.start).isoformat() == "2023-09-14"
    assert Attendance.objects.filter(meeting=meeting).count() == 3
    assert Action.objects.filter(meeting=meeting, text__icontains="replacement").exists()
    code, out = run_import(str(folder), "--body", forum.name, "--date", "2023-09-14")
    assert code == 0 and "1 already imported" in out
    assert Meeting.objects.count() == 1


def test_the_date_option_does_not_move_a_document_that_has_its_own_date(forum, tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text(UNDATED.replace("Society\n", "Society held on Tuesday 5th March 2024\n", 1))
    code, out = run_import(str(dated), "--body", forum.name, "--date", "2023-09-14")
    assert code == 0, out
    assert timezone.localdate(Meeting.objects.get().start).isoformat() == "2024-03-05"


def test_a_date_in_the_file_name_is_used_when_the_text_has_none(forum, tmp_path):
    named = tmp_path / "allotments 2022-11-08.txt"
    named.write_text(UNDATED)
    code, out = run_import(str(named), "--body", forum.name)
    assert code == 0, out
    assert timezone.localdate(Meeting.objects.get().start).isoformat() == "2022-11-08"
    assert any("taken from the file name" in w for w in Document.objects.get().warnings)


def test_a_date_not_written_year_month_day_is_refused_in_one_line(forum, folder):
    with pytest.raises(CommandError, match="--date '14/09/2023' is not a date"):
        run_import(str(folder), "--body", forum.name, "--date", "14/09/2023")
    assert not Document.objects.exists()
