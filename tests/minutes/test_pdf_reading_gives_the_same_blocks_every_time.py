"""PDFium keeps state between documents; reading again must give the same blocks."""

from layouts import action_column_pdf, two_column_pdf

from minutebook.minutes import read_document


def test_reading_two_pdfs_in_turn_twice_gives_the_same_blocks(tmp_path):
    table = action_column_pdf(tmp_path / "a.pdf")
    columns = two_column_pdf(tmp_path / "b.pdf")
    first = [read_document(table), read_document(columns)]
    second = [read_document(table), read_document(columns)]
    assert first == second
    assert first[0] != first[1]
