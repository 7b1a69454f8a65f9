"""Text typed in a text box is read once, after the paragraph it is anchored to."""

from layouts import text_box_docx

from minutebook.minutes import parse_file, read_document


def test_the_text_box_lines_follow_their_anchor_once(tmp_path):
    texts = [b.text for b in read_document(text_box_docx(tmp_path / "m.docx"))]
    assert texts == ["Harrowgate Allotment Society", "Date: 9 October 2023",
                     "Venue: Old School, Kettlewick", "Present: Bryn Castell, Ottilie Parr"]


def test_the_date_and_venue_in_the_box_are_found(tmp_path):
    parsed = parse_file(text_box_docx(tmp_path / "m.docx"))
    assert parsed.date == "2023-10-09"
    assert parsed.venue == "Old School, Kettlewick"
    assert [p.name for p in parsed.present] == ["Bryn Castell", "Ottilie Parr"]
