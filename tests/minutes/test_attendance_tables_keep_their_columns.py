"""Names set out in columns, and a register of marks, come out cell by cell."""

from layouts import MEMBERS, attendance_columns_docx, attendance_grid_docx

from minutebook.minutes import read_document


def rows(path):
    return [b.cells for b in read_document(path) if b.kind == "row"]


def test_three_columns_of_names_give_three_cells_a_row(tmp_path):
    assert rows(attendance_columns_docx(tmp_path / "m.docx")) == [tuple(MEMBERS[:3]),
                                                                 tuple(MEMBERS[3:])]


def test_two_columns_of_names_give_two_cells_a_row(tmp_path):
    assert rows(attendance_columns_docx(tmp_path / "m.docx", columns=2)) == [
        tuple(MEMBERS[0:2]), tuple(MEMBERS[2:4]), tuple(MEMBERS[4:6])]


def test_a_register_gives_each_member_with_their_mark(tmp_path):
    grid = rows(attendance_grid_docx(tmp_path / "m.docx"))
    assert grid[0] == ("Governor", "Attendance")
    assert grid[1:] == list(zip(MEMBERS, ["P", "P", "A", "P", "S", "P"], strict=True))


def test_names_lined_up_in_columns_in_a_pdf_give_the_same_rows(tmp_path):
    from layouts import attendance_columns_pdf

    for columns in (2, 3):
        word = rows(attendance_columns_docx(tmp_path / f"m{columns}.docx", columns=columns))
        assert rows(attendance_columns_pdf(tmp_path / f"m{columns}.pdf", columns)) == word


def test_the_line_after_the_names_is_a_paragraph_again(tmp_path):
    from layouts import attendance_columns_pdf

    blocks = read_document(attendance_columns_pdf(tmp_path / "m.pdf"))
    assert (blocks[-1].kind, blocks[-1].text) == ("paragraph", "Apologies: Cllr Ines Fairlie")
