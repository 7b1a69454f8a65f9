import pytest
from themes_support import write_csv

from minutebook.themes.cli import run


def reject(capsys, argv):
    code = run(argv)
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("minutebook combine: ")
    return lines[0]


def test_missing_file(capsys, tmp_path):
    assert "no such file" in reject(capsys, [str(tmp_path / "nope.csv"), "--json"])


def test_missing_columns(capsys, tmp_path):
    path = write_csv(tmp_path / "p.csv", [("1", "x")], header=("id", "group"))
    assert "missing column text" in reject(capsys, [str(path)])


def test_empty_file(capsys, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("")
    assert "empty" in reject(capsys, [str(path)])


def test_header_only(capsys, tmp_path):
    path = write_csv(tmp_path / "p.csv", [])
    assert "no points" in reject(capsys, [str(path)])


def test_not_utf8(capsys, tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes("id,group,text\n1,Forum,caf\xe9\n".encode("latin-1"))
    assert "UTF-8" in reject(capsys, [str(path)])


def test_duplicate_ids(capsys, tmp_path):
    path = write_csv(tmp_path / "p.csv", [("1", "A", "x"), ("1", "B", "y")])
    assert "duplicate id" in reject(capsys, [str(path)])


@pytest.mark.parametrize("argv", [[], ["a.csv", "--bogus"]])
def test_bad_arguments_exit_2(capsys, argv):
    assert run(argv) == 2
