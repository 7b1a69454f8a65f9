"""Encrypted, truncated and image-only PDFs each give one clear line."""

import io

import pytest
from layouts import action_column_pdf, image_only_pdf
from pypdf import PdfReader, PdfWriter

from minutebook.minutes import MinutesError, read_document


def refusal(path):
    with pytest.raises(MinutesError) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(path.name + ": ")
    return message


def test_a_pdf_locked_with_a_password_is_refused(tmp_path):
    writer = PdfWriter()
    writer.append(PdfReader(action_column_pdf(tmp_path / "m.pdf")))
    writer.encrypt("parish", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "locked.pdf").write_bytes(out.getvalue())
    assert refusal(tmp_path / "locked.pdf").endswith(
        "is password-protected (encrypted); remove the password first")


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path):
    writer = PdfWriter()
    writer.append(PdfReader(action_column_pdf(tmp_path / "m.pdf")))
    writer.encrypt("", owner_password="clerk", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "open.pdf").write_bytes(out.getvalue())
    assert any(b.kind == "row" for b in read_document(tmp_path / "open.pdf"))


@pytest.mark.parametrize("share", [0.2, 0.5, 0.9])
def test_a_truncated_pdf_is_refused(tmp_path, share):
    data = action_column_pdf(tmp_path / "m.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: int(len(data) * share)])
    assert "not a valid PDF" in refusal(tmp_path / "cut.pdf")


def test_a_scan_without_words_is_refused(tmp_path, tesseract):
    assert refusal(image_only_pdf(tmp_path / "scan.pdf")).endswith(
        "has no text layer, and OCR found no words on its pages")


def test_the_same_refusal_comes_the_second_time(tmp_path, tesseract):
    path = image_only_pdf(tmp_path / "scan.pdf")
    assert refusal(path) == refusal(path)
