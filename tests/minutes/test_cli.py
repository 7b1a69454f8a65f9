import json

from minutebook.minutes.cli import run


def test_it_prints_json_and_exits_zero(fixtures, capsys):
    code = run([str(fixtures / "wealdshire-primary-forum-2011-02-09.txt"), "--json"])
    out = capsys.readouterr().out
    assert code == 0
    assert json.loads(out)["date"] == "2011-02-09"
    assert "\n  \"body\"" in out  # indented by two


def test_it_prints_a_short_summary_without_json(fixtures, capsys):
    assert run([str(fixtures / "wealdshire-primary-forum-2011-02-09.txt")]) == 0
    out = capsys.readouterr().out
    assert "Date: 2011-02-09" in out and "actions 3" in out and "KF is named" in out


def test_it_exits_two_with_one_line_on_unreadable_input(tmp_path, capsys):
    bad = tmp_path / "report.docx"
    bad.write_text("not a zip")
    assert run([str(bad), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"minutebook parse: {bad}: not a valid .docx (not a zip archive)\n"
