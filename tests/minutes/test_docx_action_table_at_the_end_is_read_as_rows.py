"""An Action | Owner | Due table after the minutes comes out as rows, in Word and in PDF."""

from layouts import ACTIONS, action_table_docx, action_table_pdf

from minutebook.minutes import parse_file, read_document


def rows(path):
    return [b.cells for b in read_document(path) if b.kind == "row"]


def test_the_word_table_gives_a_header_and_a_row_an_action(tmp_path):
    assert rows(action_table_docx(tmp_path / "m.docx")) == [("Action", "Owner", "Due"),
                                                           *ACTIONS]


def test_the_pdf_gives_the_same_rows_and_the_same_parse(tmp_path):
    word, pdf = action_table_docx(tmp_path / "m.docx"), action_table_pdf(tmp_path / "m.pdf")
    assert rows(pdf) == rows(word)
    assert [(a.text, a.owners) for a in parse_file(pdf).actions] == [
        (a.text, a.owners) for a in parse_file(word).actions]
