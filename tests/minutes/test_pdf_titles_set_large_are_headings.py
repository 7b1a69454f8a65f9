"""A one-line title set well above the body's size comes out as a heading, as in Word."""

from layouts import COUNCIL, LEFT, two_column_pdf

from minutebook.minutes import read_document


def test_the_large_title_is_a_heading_and_the_body_paragraphs(tmp_path):
    blocks = read_document(two_column_pdf(tmp_path / "m.pdf"))
    kinds = {(b.kind, b.text) for b in blocks}
    assert ("heading", COUNCIL) in kinds
    assert ("paragraph", LEFT) in kinds
    assert all(b.level == 1 for b in blocks if b.kind == "heading")
