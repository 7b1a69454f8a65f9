"""A table in a PDF comes out as the rows the DOCX reader gives for the same table."""

from layouts import ITEMS, action_column_docx, action_column_pdf

from minutebook.minutes import parse_file, read_document


def last_table(path):
    rows = [b for b in read_document(path) if b.kind == "row"]
    return [b.cells for b in rows if b.table == rows[-1].table]


def test_the_pdf_gives_the_cells_of_the_word_table(tmp_path):
    word = last_table(action_column_docx(tmp_path / "m.docx"))
    pdf = last_table(action_column_pdf(tmp_path / "m.pdf"))
    assert pdf == word
    assert pdf[0] == ("Item", "Minute", "ACTION")
    assert [row[2] for row in pdf[1:]] == [owner for *_, owner in ITEMS]


def test_the_heading_table_above_it_stays_a_table_of_its_own(tmp_path):
    blocks = read_document(action_column_pdf(tmp_path / "m.pdf"))
    rows = [b for b in blocks if b.kind == "row"]
    heading = [b.cells for b in rows if b.table == rows[0].table]
    assert heading == [("Meeting", "Full Council"), ("Date", "Tuesday 14th May 2024"),
                       ("Time", "7.30pm"), ("Venue", "The Reading Room, Ashcombe")]


def test_the_parser_takes_the_same_actions_from_both(tmp_path):
    word = parse_file(action_column_docx(tmp_path / "m.docx"))
    pdf = parse_file(action_column_pdf(tmp_path / "m.pdf"))
    assert [(a.text, a.owners) for a in pdf.actions] == [(a.text, a.owners)
                                                         for a in word.actions]
    assert [a.owners for a in pdf.actions] == [["OP"], ["RT"], ["MA"]]
    assert pdf.date == word.date == "2024-05-14"
