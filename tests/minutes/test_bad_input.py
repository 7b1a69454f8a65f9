import io
import zipfile

import pytest
from conftest import make_blank_pdf, make_docx, make_pdf

from minutebook.minutes import MinutesError, parse_file, read_document, readers
from minutebook.minutes.readers import archive


def error_for(path):
    with pytest.raises(MinutesError) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(path.name + ": ")
    return message


def test_it_refuses_an_empty_file(tmp_path):
    (tmp_path / "m.txt").write_bytes(b"")
    assert error_for(tmp_path / "m.txt").endswith("is empty")


def test_it_refuses_binary_garbage(tmp_path):
    (tmp_path / "m.txt").write_bytes(bytes(range(256)) * 4)
    assert "binary" in error_for(tmp_path / "m.txt")


def test_it_refuses_a_docx_that_is_not_a_zip(tmp_path):
    (tmp_path / "report.docx").write_text("just text")
    assert error_for(tmp_path / "report.docx") == \
        "report.docx: not a valid .docx (not a zip archive)"


def test_it_refuses_a_truncated_docx(tmp_path):
    good = make_docx(tmp_path / "good.docx", ["Present: Ada Quarry"]).read_bytes()
    (tmp_path / "cut.docx").write_bytes(good[: len(good) // 2])
    assert "not a valid .docx" in error_for(tmp_path / "cut.docx")


def test_it_refuses_an_encrypted_docx(tmp_path):
    ole = archive.OLE_SIGNATURE + b"\0" * 200 + "EncryptionInfo".encode("utf-16-le")
    (tmp_path / "locked.docx").write_bytes(ole + b"\0" * 300)
    assert "password-protected" in error_for(tmp_path / "locked.docx")


def test_it_refuses_a_zip_bomb_before_inflating(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    (tmp_path / "bomb.docx").write_bytes(buf.getvalue())
    assert "zip bomb" in error_for(tmp_path / "bomb.docx")


def test_it_refuses_a_docx_whose_compressed_text_is_damaged(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w:document/>" * 200)
    data = bytearray(buf.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    # The local header is 30 bytes, then the name; the deflate stream follows.
    start = 30 + len(info.filename)
    data[start:start + info.compress_size] = b"\xff" * info.compress_size
    (tmp_path / "damaged.docx").write_bytes(bytes(data))
    assert "not a valid .docx (damaged" in error_for(tmp_path / "damaged.docx")


def test_it_refuses_a_document_needing_an_unknown_zip_version(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("content.xml", b"<office:document-content/>")
    data = bytearray(buf.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 84  # "version needed to extract": 8.4, which no reader knows
    (tmp_path / "future.odt").write_bytes(bytes(data))
    assert "not a valid .odt" in error_for(tmp_path / "future.odt")


def test_it_refuses_a_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_text("Present: Ada Quarry\n" * 20)
    assert "too large" in error_for(tmp_path / "big.txt")


def test_it_refuses_an_unsupported_extension(tmp_path):
    (tmp_path / "m.xls").write_text("x")
    assert "unsupported file type '.xls'" in error_for(tmp_path / "m.xls")


def test_it_refuses_a_missing_file(tmp_path):
    assert error_for(tmp_path / "gone.txt").endswith("file not found")


def test_it_refuses_a_truncated_pdf(tmp_path):
    (tmp_path / "cut.pdf").write_bytes(make_pdf(["Present: Ada Quarry"])[:60])
    assert "PDF" in error_for(tmp_path / "cut.pdf")


def test_it_refuses_a_pdf_of_blank_pages(tmp_path):
    (tmp_path / "blank.pdf").write_bytes(make_blank_pdf())
    assert error_for(tmp_path / "blank.pdf").endswith("has no text: its pages are blank")


def test_it_refuses_a_password_protected_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(["Present: Ada Quarry"]))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "locked.pdf").write_bytes(out.getvalue())
    assert "password-protected" in error_for(tmp_path / "locked.pdf")


def test_parse_file_raises_the_same_error(tmp_path):
    (tmp_path / "m.odt").write_bytes(b"PK\x03\x04broken")
    with pytest.raises(MinutesError, match=r"^m\.odt: not a valid \.odt"):
        parse_file(tmp_path / "m.odt")
