from conftest import make_docx

from minutebook.minutes import parse_file, read_document


def test_it_reads_the_action_column_of_a_docx_table(tmp_path):
    path = make_docx(tmp_path / "m.docx", ["Wealdshire Primary Forum"], rows=[
        ["MINUTES", "", "ACTION"],
        ["DATE", "9 February 2011", ""],
        ["PRESENT", "Gillian Archer, Tobias Wren", ""],
        ["MEMBERSHIP", "Vacancies remain in the north.", "GA & KF To approach heads"],
        ["FINANCE", "The forum noted the outturn report and discussed it at length "
                    "over several paragraphs.\nMore detail followed.", "TW to circulate"
                                                                        " the report"],
        ["ROOMS", "The room booking needs renewal.", "TW"],
    ])
    parsed = parse_file(path)
    got = [(a.text, a.owners) for a in parsed.actions]
    assert got == [("Vacancies remain in the north: approach heads", ["GA", "KF"]),
                   ("TW to circulate the report", ["TW"]),
                   ("The room booking needs renewal.", ["TW"])]
    assert [i.title for i in parsed.items] == ["Membership", "Finance", "Rooms"]


def test_it_keeps_table_rows_and_cells_in_document_order(tmp_path):
    path = make_docx(tmp_path / "m.docx", ["Before"], rows=[["A", "B", "C"]], after=["After"])
    blocks = read_document(path)
    assert [(b.kind, b.cells or b.text) for b in blocks] == [
        ("paragraph", "Before"), ("row", ("A", "B", "C")), ("paragraph", "After")]


def test_an_action_line_with_its_owners_in_the_column_is_one_action(tmp_path):
    path = make_docx(tmp_path / "m.docx", ["Wealdshire Primary Forum"], rows=[
        ["MINUTES", "", "ACTION"],
        ["DATE", "9 February 2011", ""],
        ["PRESENT", "Gillian Archer (GA), Tobias Wren (TW)", ""],
        ["1 Transport", "GA reported on the new routes.", ""],
        ["", "ACTION – Ask the transport team about the late buses.", "GA & TW"],
        ["", "ACTION – TW to book the hall.", ""],
    ])
    parsed = parse_file(path)
    assert [(a.text, a.owners) for a in parsed.actions] == [
        ("Ask the transport team about the late buses.", ["GA", "TW"]),
        ("TW to book the hall.", ["TW"]),
    ]
