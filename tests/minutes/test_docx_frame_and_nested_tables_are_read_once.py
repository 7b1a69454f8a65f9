"""A one-cell frame round the minutes is read as the body; a table in a cell as its lines."""

from layouts import ITEMS, frame_table_docx, nested_cell_docx

from minutebook.minutes import parse_file, read_document


def test_a_frame_table_gives_paragraphs_and_the_table_inside_it(tmp_path):
    blocks = read_document(frame_table_docx(tmp_path / "m.docx"))
    assert [b.kind for b in blocks[:3]] == ["paragraph"] * 3
    assert [b.cells for b in blocks[3:]] == [("Item", "Minute", "ACTION")] + [
        (n, text, owner) for n, _, text, owner in ITEMS[2:]]


def test_the_parser_finds_the_actions_inside_the_frame(tmp_path):
    parsed = parse_file(frame_table_docx(tmp_path / "m.docx"))
    assert parsed.date == "2024-05-14"
    assert [a.owners for a in parsed.actions] == [["OP"], ["RT"], ["MA"]]


def test_a_table_inside_a_cell_gives_one_line_a_row_once(tmp_path):
    blocks = read_document(nested_cell_docx(tmp_path / "m.docx"))
    assert [b.cells for b in blocks] == [
        ("Item", "Minute", "Action"),
        ("7", "Finance\nThe balances were reported:\nCurrent account £4,210\n"
              "Reserve account £12,900", "Clerk")]
