import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "harrowvale-forum-2025-03-12.txt"


def parse(*args):
    # A database URL that would stop Django at start-up: parse must never load it.
    env = dict(os.environ, DATABASE_URL="mysql://nowhere/none")
    return subprocess.run(
        [sys.executable, "-m", "minutebook.cli", "parse", *args],
        env=env, capture_output=True, text=True, timeout=60,
    )


def test_parse_json_follows_the_contract_without_a_database():
    run = parse(str(FIXTURE), "--json")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    for key in ("body", "title", "date", "venue", "present", "apologies", "absent", "items",
                "actions", "decisions", "next_meetings", "initials", "warnings"):
        assert key in out
    assert out["date"] == "2025-03-12"
    assert out["initials"]["DT"] is None
    assert {"date": "2025-05-14", "kind": "forum"} in out["next_meetings"]


def test_parse_of_a_missing_file_is_one_line_on_stderr(tmp_path):
    run = parse(str(tmp_path / "nope.docx"), "--json")
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.count("\n") == 1 and "nope.docx" in run.stderr
    assert "Traceback" not in run.stderr
