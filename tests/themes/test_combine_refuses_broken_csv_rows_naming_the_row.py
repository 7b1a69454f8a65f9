"""`minutebook combine` refuses a CSV with an unterminated quote, a row missing a column, or
a point with no text: one line naming the row, exit 2, nothing printed on stdout."""

import pytest

from minutebook.themes.cli import run

GOOD = "id,group,text\n1,North,Transport costs are rising\n"


@pytest.mark.parametrize("body,row,says", [
    (GOOD + '2,South,"An open quote never closed\n3,East,More text\n', 3, "closing quote"),
    (GOOD + "2,South\n", 3, "columns"),
    (GOOD + "2,South,   \n", 3, "empty text"),
    ("id,group,text\n1,North,\n2,South,Fine\n", 2, "empty text"),
    ("group,text,id\nNorth,Fine point\n", 2, "columns"),
])
def test_a_broken_row_is_refused_with_one_line_naming_it(tmp_path, capsys, body, row, says):
    path = tmp_path / "points.csv"
    path.write_text(body, encoding="utf-8")
    assert run([str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert f"row {row}" in err and says in err


def test_a_quoted_point_over_two_lines_is_still_read(tmp_path, capsys):
    path = tmp_path / "points.csv"
    path.write_text('id,group,text\n1,North,"A point, quoted,\nover two lines"\n',
                    encoding="utf-8")
    from minutebook.themes.cli import read_points

    assert read_points(path) == [("1", "North", "A point, quoted,\nover two lines")]
