"""The import process killed outright (kill -9, a crash, a power cut) part-way through a
folder: every meeting already in the database is whole, and the same command run again
imports exactly the rest. Runs the real command in its own process on its own database."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

COUNT = 30


def minutes(n: int) -> str:
    return (f"Minutes of the Wrenfield Choir committee held on {1 + n % 28} "
            f"{['March', 'June', 'September', 'December'][n // 28 % 4]} {2000 + n // 28}\n"
            "Present: Saffron Idle (Chair), Tobias Rye, Ursula Venn\n"
            f"1. Concert {n}\nThe programme for concert {n} was agreed.\n"
            f"ACTION: Tobias Rye to book soloist number {n} for the concert.\n")


def cli(env, *args, **kwargs):
    return subprocess.run([sys.executable, "-m", "minutebook.cli", *args], env=env,
                          capture_output=True, text=True, timeout=300, **kwargs)


@pytest.fixture
def workspace(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
           "MEDIA_ROOT": str(tmp_path / "media")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    assert cli(env, "migrate").returncode == 0
    made = cli(env, "manage", "shell", "-c", "from minutebook.bodies.models import Body; "
               "Body.objects.create(name='Wrenfield Choir', slug='wrenfield')")
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "choir"
    folder.mkdir()
    for n in range(COUNT):
        (folder / f"{n:03}.txt").write_text(minutes(n))
    return env, folder, tmp_path / "db.sqlite3"


def counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as con:
        docs = con.execute("select count(*) from documents_document").fetchone()[0]
        meetings = con.execute("select count(*) from meetings_meeting").fetchone()[0]
        # A meeting without its document, or without its attendance, would be a half-write.
        whole = con.execute(
            "select count(*) from meetings_meeting m where exists (select 1 from "
            "documents_document d where d.meeting_id = m.id) and exists (select 1 from "
            "meetings_attendance a where a.meeting_id = m.id)").fetchone()[0]
    return docs, meetings, whole


def test_a_killed_import_leaves_whole_meetings_and_a_rerun_imports_the_rest(workspace):
    env, folder, db = workspace
    proc = subprocess.Popen([sys.executable, "-m", "minutebook.cli", "import", str(folder),
                             "--body", "wrenfield"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if counts(db)[0] >= 5:
                    break
            except sqlite3.OperationalError:
                pass  # the importer holds the write lock a moment
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    docs, meetings, whole = counts(db)
    assert 5 <= docs < COUNT, "the import ended before it could be killed part-way"
    assert meetings == whole == docs
    again = cli(env, "import", str(folder), "--body", "wrenfield")
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"{docs} already imported" in again.stdout
    assert counts(db) == (COUNT, COUNT, COUNT)
    third = cli(env, "import", str(folder), "--body", "wrenfield")
    assert f"{COUNT} already imported" in third.stdout and counts(db) == (COUNT, COUNT, COUNT)
