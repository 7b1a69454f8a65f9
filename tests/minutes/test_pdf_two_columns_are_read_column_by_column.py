"""A page set in two columns is read down the left column, then down the right."""

from layouts import LEFT, RIGHT, two_column_pdf

from minutebook.minutes import read_document


def test_the_left_column_comes_before_the_right(tmp_path):
    texts = [b.text for b in read_document(two_column_pdf(tmp_path / "m.pdf"))]
    body = texts[texts.index("Minutes of the annual parish meeting, 14 May 2024") + 1:]
    assert body == [LEFT] * 3 + [RIGHT] * 4


def test_the_title_across_both_columns_comes_first(tmp_path):
    texts = [b.text for b in read_document(two_column_pdf(tmp_path / "m.pdf"))]
    assert texts.index("Minutes of the annual parish meeting, 14 May 2024") < texts.index(LEFT)
