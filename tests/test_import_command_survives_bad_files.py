import io
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from minutebook.meetings.models import Action, Meeting

FIXTURE = Path(__file__).parent / "fixtures" / "harrowvale-forum-2025-03-12.txt"


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    return buffer.getvalue()


@pytest.fixture
def folder(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "good.txt")
    nested = tmp_path / "2024" / "spring"
    nested.mkdir(parents=True)
    (nested / "empty.txt").write_bytes(b"")
    (nested / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (nested / "not-a-zip.docx").write_bytes(b"this is not a word document")
    (nested / "truncated.docx").write_bytes(zip_bomb()[:200])
    (nested / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (nested / "bomb.docx").write_bytes(zip_bomb())
    (nested / "minutes.xyz").write_bytes(b"unsupported")
    with open(nested / "huge.pdf", "wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    return tmp_path


def run_import(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import", *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_bad_files_fail_one_line_each_and_the_good_one_is_imported(forum, folder, capsys):
    code, out, _ = run_import(str(folder), "--body", forum.name)
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error")]
    assert code == 1
    assert Meeting.objects.filter(body=forum).count() == 1
    assert "Imported 1 meeting with" in out and "8 failed" in out
    names = ["empty.txt", "binary.txt", "not-a-zip.docx", "truncated.docx", "locked.docx",
             "bomb.docx", "minutes.xyz", "huge.pdf"]
    for name in names:
        assert any(name in line for line in errors), name
    assert len(errors) == len(names)
    assert any("huge.pdf: is larger than 50 MB" in line for line in errors)


def test_a_second_run_reports_everything_already_imported(forum, folder):
    run_import(str(folder / "good.txt"), "--body", forum.slug)
    actions = Action.objects.count()
    code, out, _ = run_import(str(folder / "good.txt"), "--body", forum.slug)
    assert code == 0 and "1 already imported" in out
    assert Action.objects.count() == actions


def test_an_unknown_body_is_refused(forum, folder):
    with pytest.raises(CommandError, match="no body called 'Nowhere Forum'"):
        call_command("import", str(folder), "--body", "Nowhere Forum")
