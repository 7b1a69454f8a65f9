"""The body's name in the page header and the date in a heading table reach the parser."""

from layouts import COUNCIL, HEADING_ROWS, heading_table_docx

from minutebook.minutes import parse_file, read_document


def test_the_page_header_comes_first_and_the_heading_table_as_rows(tmp_path):
    blocks = read_document(heading_table_docx(tmp_path / "m.docx"))
    assert (blocks[0].kind, blocks[0].text) == ("paragraph", COUNCIL)
    assert [b.cells for b in blocks if b.kind == "row"] == HEADING_ROWS


def test_the_date_and_venue_come_from_the_heading_table(tmp_path):
    parsed = parse_file(heading_table_docx(tmp_path / "m.docx"))
    assert parsed.date == "2024-05-14"
    assert parsed.venue == "The Reading Room, Ashcombe"


def test_a_header_repeated_for_first_and_other_pages_is_read_once(tmp_path):
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Lowmoor Village Trust"
    section.first_page_header.paragraphs[0].text = "Lowmoor Village Trust"
    document.add_paragraph("Minutes of 2 March 2022")
    document.save(tmp_path / "m.docx")
    texts = [b.text for b in read_document(tmp_path / "m.docx")]
    assert texts == ["Lowmoor Village Trust", "Minutes of 2 March 2022"]
