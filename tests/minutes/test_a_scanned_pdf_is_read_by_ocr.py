"""A PDF of page pictures (a scan) is read by tesseract, and the parse says so."""

import pytest
from archive_copies import joined, scanned, stamped
from layouts import (
    ACTIONS,
    ITEMS,
    MEMBERS,
    action_column_pdf,
    action_table_pdf,
    register_and_actions_pdf,
)

from minutebook.minutes import parse_file, read_document
from minutebook.minutes.readers import ocr

pytestmark = pytest.mark.usefixtures("tesseract")


def key_fields(parsed):
    return {"date": parsed.date,
            "present": [p.name for p in parsed.present],
            "apologies": [p.name for p in parsed.apologies],
            "actions": [(a.text, a.owners, a.due) for a in parsed.actions]}


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    return register_and_actions_pdf(tmp_path_factory.mktemp("scan") / "minutes.pdf", pages=2)


@pytest.mark.parametrize(("dpi", "turn"), [(150, 0.0), (200, 1.5), (200, -1.2), (300, 0.8)])
def test_a_scan_gives_the_date_attendance_and_actions_of_the_text_pdf(original, tmp_path,
                                                                      dpi, turn):
    scan = scanned(original, tmp_path / "scan.pdf", dpi, (turn, -turn / 2))
    parsed = parse_file(scan)
    assert key_fields(parsed) == key_fields(parse_file(original))
    assert [p.name for p in parsed.present] == [m.removeprefix("Cllr ") for m in MEMBERS[:4]]
    assert [a.owners for a in parsed.actions] == [[owner] for _, owner, _ in ACTIONS]


@pytest.mark.parametrize(("dpi", "turn"), [(200, 0.0), (300, -1.5), (150, 1.0)])
def test_a_scanned_action_column_keeps_its_cells(tmp_path, dpi, turn):
    typed = action_column_pdf(tmp_path / "typed.pdf")
    scan = scanned(typed, tmp_path / "scan.pdf", dpi, (turn,))
    rows = [b.cells for b in read_document(scan) if b.kind == "row"]
    assert rows == [b.cells for b in read_document(typed) if b.kind == "row"]
    assert [a.owners for a in parse_file(scan).actions] == [[o] for *_, o in ITEMS if o]


def test_the_parse_records_that_its_text_came_from_ocr(original, tmp_path):
    parsed = parse_file(scanned(original, tmp_path / "scan.pdf"))
    assert parsed.ocr_pages == [1, 2]
    assert parsed.to_json()["ocr_pages"] == [1, 2]
    assert parsed.warnings[0].startswith("The text was read by OCR from a scanned image")
    assert parse_file(original).ocr_pages == []


def test_a_mixed_pdf_reads_only_its_scanned_pages_by_ocr(original, tmp_path):
    typed = action_table_pdf(tmp_path / "typed.pdf")
    scan = scanned(original, tmp_path / "scan.pdf", 200, (1.0,))
    mixed = joined([typed, scan], tmp_path / "mixed.pdf")
    blocks = read_document(mixed)
    assert blocks.ocr_pages == (2, 3) and blocks.pages == 3
    text = "\n".join(b.text for b in blocks)
    assert "Ashcombe Parish Council: minutes of 14 May 2024" in text  # the typed page
    assert "Letter 1 from a resident about parking was read out." in text  # a scanned one
    assert parse_file(mixed).warnings[0].startswith("The text of pages 2, 3 was read by OCR")


def test_a_scan_with_only_a_copiers_stamp_for_text_is_read_by_ocr(original, tmp_path):
    scan = scanned(original, tmp_path / "scan.pdf", 200, (0.6,))
    copy = stamped(scan, tmp_path / "stamped.pdf", "Scanned at the parish office")
    parsed = parse_file(copy)
    assert parsed.ocr_pages == [1, 2]
    assert key_fields(parsed) == key_fields(parse_file(original))


def test_a_typed_page_with_a_picture_on_it_is_not_read_by_ocr(tmp_path):
    from layouts import image_only_pdf

    picture = image_only_pdf(tmp_path / "picture.pdf")
    typed = action_table_pdf(tmp_path / "typed.pdf")
    blocks = read_document(joined([typed, picture, typed], tmp_path / "both.pdf"))
    assert blocks.ocr_pages == (2,)  # the picture alone; the typed pages keep their text


def test_the_same_scan_reads_the_same_the_second_time(original, tmp_path):
    scan = scanned(original, tmp_path / "scan.pdf", 200, (0.7,))
    assert read_document(scan) == read_document(scan)


def test_without_tesseract_the_file_names_the_packages_to_install(original, tmp_path,
                                                                  monkeypatch):
    scan = scanned(original, tmp_path / "scan.pdf")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(Exception) as err:
        read_document(scan)
    assert str(err.value) == ("scan.pdf: it has no text layer (a scan) and OCR is not "
                              "installed (install the Debian packages tesseract-ocr and "
                              "tesseract-ocr-eng)")


def test_a_page_that_takes_too_long_is_refused_in_one_line(original, tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "PAGE_SECONDS", 0.01)
    with pytest.raises(Exception) as err:
        read_document(scanned(original, tmp_path / "scan.pdf"))
    assert str(err.value) == "scan.pdf: OCR of page 1 did not finish within 0.01 seconds"


def test_a_scan_of_too_many_pages_is_refused_before_any_is_read(tmp_path):
    from PIL import Image

    pages = [Image.new("L", (80, 110), 255 - n) for n in range(ocr.MAX_PAGES + 1)]
    path = tmp_path / "box file.pdf"
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=10)
    with pytest.raises(Exception) as err:
        read_document(path)
    assert str(err.value) == (f"box file.pdf: has more than {ocr.MAX_PAGES} scanned pages "
                              "to read by OCR")
