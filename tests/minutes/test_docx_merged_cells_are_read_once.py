"""A merged cell is read once; a cell spanning columns keeps the columns after it in place."""

from layouts import merged_cells_docx

from minutebook.minutes import parse_file, read_document


def test_a_title_merged_across_the_table_appears_once(tmp_path):
    blocks = read_document(merged_cells_docx(tmp_path / "m.docx"))
    assert blocks[0].cells == ("MINUTES OF THE FINANCE COMMITTEE", "", "")
    assert sum(b.text.count("FINANCE COMMITTEE") for b in blocks) == 1


def test_a_number_merged_down_two_rows_appears_once(tmp_path):
    rows = [b.cells for b in read_document(merged_cells_docx(tmp_path / "m.docx"))][2:]
    assert rows == [("6", "Grants: the youth club's bid was approved.", "Clerk"),
                    ("", "The bowls club will be asked to reapply.", "MA")]


def test_the_action_column_keeps_its_owners(tmp_path):
    parsed = parse_file(merged_cells_docx(tmp_path / "m.docx"))
    assert [a.owners for a in parsed.actions] == [["Clerk"], ["MA"]]
