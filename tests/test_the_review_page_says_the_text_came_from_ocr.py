"""An uploaded scan's review page says that its text was read by OCR; a typed PDF's does not."""

import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from minutebook.documents.models import Document

sys.path.insert(0, str(Path(__file__).parent / "minutes"))  # the layouts and their copies
from archive_copies import require, scanned  # noqa: E402
from layouts import register_and_actions_pdf  # noqa: E402

NOTICE = "This text was read by OCR from a scan (pages 1, 2)"


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


def review_page(client, body, name, data):
    response = client.post(f"/bodies/{body.slug}/import/",
                           {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response.url).content.decode()


def test_a_scan_is_marked_as_read_by_ocr_and_a_typed_pdf_is_not(clerk, demo, tmp_path):
    require("tesseract", "tesseract-ocr and tesseract-ocr-eng")
    typed = register_and_actions_pdf(tmp_path / "typed.pdf", pages=2)
    scan = scanned(typed, tmp_path / "scan.pdf", 200, (0.8, -0.5))
    html = review_page(clerk, demo, "scan.pdf", scan.read_bytes())
    assert "Text read by OCR" in html and NOTICE in html
    assert "was read by OCR from a scanned image: check names" in html  # among the checks
    assert Document.objects.get(original_name="scan.pdf").parsed["ocr_pages"] == [1, 2]
    typed_html = review_page(clerk, demo, "typed.pdf", typed.read_bytes())
    assert "Text read by OCR" not in typed_html and "read by OCR" not in typed_html
    # Opened again, the page says the same.
    doc = Document.objects.get(original_name="scan.pdf")
    assert NOTICE in clerk.get(f"/documents/{doc.pk}/").content.decode()
