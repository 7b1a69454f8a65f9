"""An import stopped half-way (Ctrl-C, a full disk, a document that breaks the importer)
keeps what it finished, writes nothing of the file it was on, says so in one line, and the
same command run again imports the rest: the end is as if it had never stopped."""

import errno
import io
from pathlib import Path

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.management import call_command
from django.db import OperationalError

from minutebook.documents import records
from minutebook.documents.models import Document
from minutebook.meetings.models import Action, Meeting

DAYS = ["9 January", "13 February", "12 March", "16 April", "14 May"]
TASKS = ["Quinn Ashby to order new keep nets for juniors.",
         "Rhian Tull to book the village hall for the annual dinner.",
         "Piers Gorton to ask the landowner about parking by the weir.",
         "Quinn Ashby to print membership cards for the new season.",
         "Rhian Tull to draft a letter to the county about the footpath."]


def minutes(n: int) -> str:
    return (f"Minutes of the Alder Brook Angling Club committee held on {DAYS[n]} 2025\n"
            "Present: Piers Gorton (Chair), Quinn Ashby, Rhian Tull\n"
            f"1. Water quality\nSamples were taken at {n + 2} pegs.\n"
            f"ACTION: {TASKS[n]}\n")


@pytest.fixture
def folder(tmp_path):
    archive = tmp_path / "club"
    archive.mkdir()
    for n in range(len(DAYS)):
        (archive / f"{chr(97 + n)}.txt").write_text(minutes(n))
    return archive


def run(folder, body):
    out = io.StringIO()
    try:
        call_command("import", str(folder), "--body", body.name, stdout=out,
                     stderr=io.StringIO())
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue()


def stored_files(settings) -> list[Path]:
    return [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


def third_call_raises(monkeypatch, owner, name, exc):
    real, calls = getattr(owner, name), []

    def wrapped(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapped)


def assert_whole(body, settings):
    assert Meeting.objects.filter(body=body).count() == 5
    assert Action.objects.filter(meeting__body=body).count() == 5
    assert Document.objects.count() == 5 and len(stored_files(settings)) == 5


def test_ctrl_c_inside_a_document_keeps_the_finished_ones_and_a_rerun_finishes(
        forum, folder, monkeypatch, settings):
    with monkeypatch.context() as patch:
        third_call_raises(patch, records, "record_actions", KeyboardInterrupt())
        code, out = run(folder, forum)
    assert code == 130
    assert "Stopped at c.txt (3 of 5): nothing of that file was written" in out
    assert "Run the same command again to import the rest." in out
    assert Meeting.objects.filter(body=forum).count() == 2
    assert not Meeting.objects.filter(start__month=3).exists()
    assert Document.objects.count() == 2 and len(stored_files(settings)) == 2
    code, out = run(folder, forum)
    assert code == 0 and "Imported 3 meetings" in out and "2 already imported" in out
    assert_whole(forum, settings)


def test_a_full_disk_stops_the_import_in_one_line_and_a_rerun_finishes(
        forum, folder, monkeypatch, settings):
    with monkeypatch.context() as patch:
        third_call_raises(patch, FileSystemStorage, "_save",
                          OSError(errno.ENOSPC, "No space left on device"))
        code, out = run(folder, forum)
    assert code == 1
    assert "Stopped: the disk is full (c.txt was not imported) at c.txt (3 of 5)" in out
    assert Meeting.objects.filter(body=forum).count() == 2 and Document.objects.count() == 2
    code, out = run(folder, forum)
    assert code == 0
    assert_whole(forum, settings)


def test_a_database_out_of_space_stops_the_import_and_leaves_no_half_meeting(
        forum, folder, monkeypatch, settings):
    with monkeypatch.context() as patch:
        third_call_raises(patch, records, "record_attendance",
                          OperationalError("database or disk is full"))
        code, out = run(folder, forum)
    assert code == 1 and "Stopped: the disk is full" in out
    assert not Meeting.objects.filter(start__month=3).exists()
    assert len(stored_files(settings)) == 2  # the stopped file's copy was taken away again
    run(folder, forum)
    assert_whole(forum, settings)


def test_a_document_that_breaks_the_importer_fails_alone_and_the_rest_go_in(
        forum, folder, monkeypatch, settings):
    with monkeypatch.context() as patch:
        third_call_raises(patch, records, "record_actions", RuntimeError("unexpected shape"))
        code, out = run(folder, forum)
    assert code == 1
    assert ("failed: c.txt: could not be imported (RuntimeError: unexpected shape); "
            "nothing of it was written") in out
    assert Meeting.objects.filter(body=forum).count() == 4
    assert not Meeting.objects.filter(start__month=3).exists()
    assert len(stored_files(settings)) == 4
    code, out = run(folder, forum)
    assert code == 0 and "Imported 1 meeting" in out
    assert_whole(forum, settings)
