"""PDF: the text layer, page by page, with pypdf."""

from __future__ import annotations

import io
import logging

from ..errors import MinutesError

MAX_PAGES = 500

# pypdf reports recoverable damage through logging; the caller gets our errors.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def read_pdf_text(data: bytes, filename: str | None = None) -> str:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise MinutesError(filename, "not a valid PDF (no %PDF header)")
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a declared dependency
        raise MinutesError(filename, "cannot read PDF files (pypdf is not installed)") from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _try_empty_password(reader):
            raise MinutesError(filename, "is password-protected (encrypted); "
                                         "remove the password first")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise MinutesError(filename, f"has more than {MAX_PAGES} pages")
        text = "\n".join(page.extract_text() or "" for page in pages)
    except MinutesError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise MinutesError(filename, f"not a valid PDF (damaged or truncated: "
                                     f"{type(exc).__name__})") from None
    if not text.strip():
        raise MinutesError(filename, "has no text layer (scanned image?); run OCR first")
    return text


def _try_empty_password(reader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False
