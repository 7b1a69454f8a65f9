"""`minutebook import --dry-run` prints, per file, what it would become and why, and counts
the folder by class and outcome, as the real run then does; it writes nothing."""


from import_support import run_import as run

from minutebook.documents.models import Document
from minutebook.meetings.models import Meeting

AGENDA = """Kestrel Rise Tenants Forum
Notice of meeting
The forum will be held on Wednesday 5 February 2025 at the community room.
1. To receive apologies
2. To consider the repairs backlog
3. To receive the landlord's update
"""
MINUTES = """Minutes of the Kestrel Rise Tenants Forum held on 5 February 2025
Present: Lorcan Vey (Chair), Mira Osei, Nell Quist
1. Repairs backlog
It was agreed to ask for a monthly repairs report.
ACTION: Mira Osei to write to the housing officer.
"""
UNDATED = """Minutes of the Kestrel Rise Tenants Forum
Present: Lorcan Vey, Mira Osei
1. Garden
Nell Quist to get quotes for new benches.
"""



def folder_of(tmp_path):
    folder = tmp_path / "kestrel"
    (folder / "agendas").mkdir(parents=True)
    (folder / "minutes").mkdir()
    (folder / "agendas" / "feb agenda.txt").write_text(AGENDA)
    (folder / "minutes" / "feb minutes.txt").write_text(MINUTES)
    (folder / "minutes" / "garden.txt").write_text(UNDATED)
    (folder / "minutes" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return folder


def test_each_file_gets_a_line_and_nothing_is_written(forum, tmp_path):
    code, out = run(str(folder_of(tmp_path)), "--body", forum.name, "--dry-run")
    assert code == 1  # one needs a date, one cannot be read
    lines = out.splitlines()
    agenda = next(line for line in lines if line.startswith("feb agenda.txt: an agenda"))
    assert "'to be held on'" in agenda or "'Agenda'" in agenda or "3 items" in agenda
    assert "the agenda of a new meeting of 5 February 2025, with 3 items" in agenda
    minutes = next(line for line in lines if line.startswith("feb minutes.txt: minutes"))
    assert "taking the place of its agenda's items" in minutes and "1 action" in minutes
    assert any(line.startswith("garden.txt: minutes") and "kept until the meeting's date"
               in line for line in lines)
    assert any(line.startswith("photo.jpg: not imported") for line in lines)
    assert not Meeting.objects.exists() and not Document.objects.exists()


def test_the_summary_counts_each_class_by_outcome_and_the_real_run_agrees(forum, tmp_path):
    folder = folder_of(tmp_path)
    _, rehearsed = run(str(folder), "--body", forum.name, "--dry-run")
    code, real = run(str(folder), "--body", forum.name)
    assert code == 1
    table = lambda out: [line for line in out.splitlines() if line.startswith("  ")]  # noqa: E731
    assert table(rehearsed) == table(real)
    rows = {line.split("  ")[1].strip(): line.split() for line in table(real)[1:]}
    assert table(real)[0].split() == ["minutes", "agendas", "unread"]
    assert rows["imported"][-3:] == ["1", "1", "-"]
    assert rows["needs a date"][-3:] == ["1", "-", "-"]
    assert rows["failed"][-3:] == ["-", "-", "1"]
    assert "failed: photo.jpg: unsupported file type '.jpg'" in real
    assert "needs a date: garden.txt" in real
    assert Meeting.objects.get(body=forum).documents.count() == 2
    # The second time: what is in stays, and is counted as already imported.
    code, again = run(str(folder), "--body", forum.name)
    rows = {line.split("  ")[1].strip(): line.split() for line in table(again)[1:]}
    assert rows["already imported"][-3:] == ["1", "1", "-"]
    assert Meeting.objects.filter(body=forum).count() == 1
