"""An imported document with several things to check gets one summary line: the first warning
in words, then how many more, in plain English ("and 1 more", "and 2 more")."""

import re

import pytest
from import_support import run_import

HEAD = """Minutes of the Orchard Lane Residents Association held on {day} October 2024
Present: Hettie Blake (Chair), Ivo Marsh
1. Street lighting
"""


def minutes(day: int, owners: list[str]) -> str:
    lines = [f"ACTION: {who} to write to the council about lamp {n}." for n, who in
             enumerate(owners, 1)]
    return HEAD.format(day=day) + "\n".join(lines) + "\n"


@pytest.mark.django_db
def test_the_count_of_further_warnings_is_plain_english(tmp_path, demo):
    folder = tmp_path / "orchard"
    folder.mkdir()
    (folder / "two.txt").write_text(minutes(3, ["QZ", "RW"]))
    (folder / "three.txt").write_text(minutes(10, ["QZ", "RW", "TV"]))
    _, out = run_import(str(folder), "--body", demo.name)
    two = next(line for line in out.splitlines() if "needs review: two.txt" in line)
    three = next(line for line in out.splitlines() if "needs review: three.txt" in line)
    assert "not in the attendance list and 1 more)" in two
    assert "not in the attendance list and 2 more)" in three
    assert not re.search(r"\bmores\b", out)
