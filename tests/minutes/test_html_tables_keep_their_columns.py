"""HTML tables: spanning cells keep later columns in place, cells without end tags close."""

from minutebook.minutes import read_document


def rows(tmp_path, html):
    (tmp_path / "m.html").write_text(html)
    return [b.cells for b in read_document(tmp_path / "m.html") if b.kind == "row"]


def test_a_cell_spanning_two_columns_is_padded(tmp_path):
    html = ("<table><tr><td colspan=2>Finance and General Purposes</td><td>Action</td></tr>"
            "<tr><td>8</td><td>Insurance renewed with the same broker.</td><td>Clerk</td></tr>"
            "</table>")
    assert rows(tmp_path, html) == [("Finance and General Purposes", "", "Action"),
                                    ("8", "Insurance renewed with the same broker.", "Clerk")]


def test_cells_and_rows_left_open_are_closed_by_the_next(tmp_path):
    html = ("<table><tr><td>Present<td>Nell Ashby, Cormac Dill"
            "<tr><td>Apologies<td>Wynn Tarrant</table><p>1. Welcome</p>")
    assert rows(tmp_path, html) == [("Present", "Nell Ashby, Cormac Dill"),
                                    ("Apologies", "Wynn Tarrant")]


def test_a_table_in_a_cell_gives_its_rows_as_lines_once(tmp_path):
    html = ("<table><tr><td>5</td><td>Budget<table><tr><td>Grants</td><td>£900</td></tr>"
            "<tr><td>Repairs</td><td>£2,150</td></tr></table></td><td>Treasurer</td></tr>"
            "</table>")
    assert rows(tmp_path, html) == [("5", "Budget\nGrants £900\nRepairs £2,150", "Treasurer")]


def test_list_items_in_a_cell_are_lines(tmp_path):
    html = ("<table><tr><td>1</td><td>Apologies<ul><li>Nell Ashby</li><li>Wynn Tarrant</li>"
            "</ul></td><td>Chair</td></tr></table>")
    assert rows(tmp_path, html) == [("1", "Apologies\nNell Ashby\nWynn Tarrant", "Chair")]
