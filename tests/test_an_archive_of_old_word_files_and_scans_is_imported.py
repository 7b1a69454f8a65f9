"""`minutebook import` on a folder of .doc, .rtf and scanned minutes: each becomes a meeting;
where a converter is missing, that file gets one line naming the package, the rest goes in."""

import shutil
import sys
from pathlib import Path

import pytest
from django.utils import timezone

from minutebook.documents.models import Document
from minutebook.meetings.models import Action, Meeting
from minutebook.minutes.readers import office

sys.path.insert(0, str(Path(__file__).parent / "minutes"))  # the layouts and their copies
from archive_copies import closed, require, saved_as, scanned  # noqa: E402
from import_support import run_import
from layouts import action_table_docx, attendance_grid_docx, render_pdf  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "harrowvale-forum-2025-03-12.txt"
SCANNED = ("<p>Ashcombe Parish Council</p><p>Minutes of the meeting held on 9 July 2024</p>"
           "<p>Present: Cllr Rhona Tiverton, Cllr Owain Pellow, Cllr Teodor Vance</p>"
           "<p>1. Allotments</p><p>The waiting list has grown to eleven names.</p>"
           "<p>ACTION: Clerk to ask the landowner about a second field.</p>")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    require("soffice", "libreoffice-writer-nogui")
    require("tesseract", "tesseract-ocr and tesseract-ocr-eng")
    root = tmp_path_factory.mktemp("clerk")
    word = root / "word"
    word.mkdir()
    doc = saved_as([closed(action_table_docx(word / "2024-05 minutes.docx"))], ".doc",
                   root / "2024")[0]
    rtf = saved_as([closed(attendance_grid_docx(word / "governors.docx"))], ".rtf",
                   root / "2023")[0]
    shutil.rmtree(word)
    typed = render_pdf(SCANNED, root / "typed.pdf")
    scan = scanned(typed, root / "2024" / "july scan.pdf", 200, (1.0,))
    typed.unlink()
    shutil.copy(FIXTURE, root / "2025 minutes.txt")
    return root, doc, rtf, scan



def test_each_old_word_file_and_scan_becomes_its_meeting(forum, archive):
    root, *_ = archive
    code, out = run_import(str(root), "--body", forum.name)
    assert code == 0, out
    assert "Imported 4 meetings" in out and "0 failed" in out
    days = sorted(timezone.localdate(m.start).isoformat() for m in Meeting.objects.filter(body=forum))
    assert days == ["2023-10-03", "2024-05-14", "2024-07-09", "2025-03-12"]
    may = Meeting.objects.get(body=forum, start__date="2024-05-14")
    assert sorted(a.owners_as_written for a in Action.objects.filter(meeting=may)) == [
        "Clerk", "OP", "RT"]
    july = Meeting.objects.get(body=forum, start__date="2024-07-09")
    assert july.attendance.count() == 3
    scan = Document.objects.get(original_name="july scan.pdf")
    assert scan.parsed["ocr_pages"] == [1]
    assert any("read by OCR" in w for w in scan.warnings)
    # The second time, nothing is converted or read again: all four are already in.
    assert not office._cache  # each conversion the batch made was read
    code, out = run_import(str(root), "--body", forum.name)
    assert code == 0 and "4 already imported" in out
    assert not office._cache  # and none was made for files already imported


def test_without_the_converters_each_such_file_names_its_package(forum, archive, tmp_path,
                                                                 monkeypatch, capsys):
    root, doc, rtf, scan = archive
    monkeypatch.setenv("PATH", str(tmp_path))  # neither soffice nor tesseract to be found
    code, out = run_import(str(root), "--body", forum.name)
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error")]
    assert code == 1 and "Imported 1 meeting" in out and "3 failed" in out
    assert sorted(errors) == sorted([
        f"error {doc.name}: cannot read .doc files: LibreOffice is not installed (install "
        "the Debian package libreoffice-writer-nogui)",
        f"error {rtf.name}: cannot read .rtf files: LibreOffice is not installed (install "
        "the Debian package libreoffice-writer-nogui)",
        f"error {scan.name}: it has no text layer (a scan) and OCR is not installed "
        "(install the Debian packages tesseract-ocr and tesseract-ocr-eng)"])
    assert Meeting.objects.filter(body=forum).count() == 1
