"""PDF: positioned text read with pypdfium2, laid out again by pdf_layout.

pypdfium2 (Google's PDFium, prebuilt wheels, no other dependency) gives every
character with its box in a few milliseconds a page; pdfminer-based readers
take about a second a document. A page with no text layer but a picture (a scan)
is rendered here and read by OCR (ocr.py); the blocks then say which pages that was.
"""

from __future__ import annotations

import ctypes
import threading

from ..errors import MinutesError
from ..model import Block
from . import ocr
from .pdf_layout import Glyph, Page, layout_pages

MAX_PAGES = 500
# PDFium keeps global state; two threads (a threaded dev server) must not enter it at once.
_LOCK = threading.Lock()
# Past this many objects a page is a drawing; its lines are not looked at as table borders.
_MAX_OBJECTS = 20000
# Fewer characters than this over a page-wide picture are a stamp, not the page's text.
_STAMP_CHARS = 60
_SPACES = {0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000}


class Blocks(list):
    """The blocks of a PDF, and which of its pages (from 1) were read by OCR."""

    ocr_pages: tuple[int, ...] = ()
    pages = 0


def read_pdf(data: bytes, filename: str | None = None) -> list[Block]:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise MinutesError(filename, "not a valid PDF (no %PDF header)")
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - pypdfium2 is a declared dependency
        raise MinutesError(filename, "cannot read PDF files (pypdfium2 is not installed)") \
            from None
    scans: dict[int, tuple[bytes, float]] = {}
    with _LOCK:
        pages = _read_pages(pdfium, raw, data, filename, scans)
    if scans and ocr.tesseract() is None:
        raise MinutesError(filename, ocr.missing_reason([n + 1 for n in scans], len(pages)))
    for n, (image, scale) in scans.items():  # outside the lock: tesseract is another process
        # A stamp in the text layer is in the picture too: OCR's words replace it.
        pages[n].glyphs, pages[n].rules = ocr.read_image(image, 1 / scale, filename, n + 1)
    if not any(page.glyphs for page in pages):
        if scans:
            raise MinutesError(filename, "has no text layer, and OCR found no words on its pages")
        raise MinutesError(filename, "has no text: its pages are blank")
    try:
        blocks = Blocks(layout_pages(pages))
        blocks.ocr_pages, blocks.pages = tuple(n + 1 for n in sorted(scans)), len(pages)
        return blocks
    except (ArithmeticError, ValueError, IndexError, TypeError) as exc:
        # Garbage positions (a damaged content stream) must not escape as a traceback.
        raise MinutesError(filename, f"not a valid PDF (its text could not be laid out: "
                                     f"{type(exc).__name__})") from None


def _read_pages(pdfium, raw, data: bytes, filename: str | None,
                scans: dict[int, tuple[bytes, float]]) -> list[Page]:
    """Every page's text; the pages with pictures but no text, rendered for OCR, in scans."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise MinutesError(filename, "is password-protected (encrypted); "
                                         "remove the password first") from None
        raise MinutesError(filename, "not a valid PDF (damaged or truncated)") from None
    try:
        if len(document) > MAX_PAGES:
            raise MinutesError(filename, f"has more than {MAX_PAGES} pages")
        pages = []
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    glyphs = _glyphs(raw, textpage.raw, height)
                    pages.append(Page(width, height, glyphs, _rules(raw, page, height)))
                finally:
                    textpage.close()
                if _is_scan(raw, page, glyphs, width * height):
                    if len(scans) >= ocr.MAX_PAGES:
                        raise MinutesError(filename, f"has more than {ocr.MAX_PAGES} scanned "
                                                     "pages to read by OCR")
                    scale = ocr.render_scale(width, height)
                    bitmap = page.render(scale=scale, grayscale=True)
                    scans[index] = (ocr.pgm(bitmap.buffer, bitmap.width, bitmap.height,
                                            bitmap.stride), scale)
            finally:
                page.close()
        return pages
    except MinutesError:
        raise
    except Exception as exc:  # PDFium reports damage on a page as several types
        raise MinutesError(filename, f"not a valid PDF (damaged or truncated: "
                                     f"{type(exc).__name__})") from None
    finally:
        document.close()


def _glyphs(raw, textpage, height: float) -> list[Glyph]:
    """Every character with its box, y measured down from the top of the page.

    A glyph notes whether a space (often one PDFium generated) came before it in
    the text: a surer word break than any gap. A character with no box of its
    own, or the very box of the one before (the letters of a ligature), joins the glyph before it.
    """
    rect = raw.FS_RECTF()
    get_box = raw.FPDFText_GetLooseCharBox
    out: list[Glyph] = []
    space = False
    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return out
    # The page's text in one call: a UTF-16 unit for each character index.
    buffer = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(textpage, 0, count, buffer)
    for i, code in enumerate(buffer[:count]):
        if code in _SPACES:
            space = True
            continue
        if 0xDC00 <= code <= 0xDFFF:
            # The second half of a character beyond the BMP, which PDFium gives in two.
            if out and "\ud800" <= out[-1][4][-1:] <= "\udbff":
                last = out[-1]
                high = ord(last[4][-1])
                full = chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
                out[-1] = (*last[:4], last[4][:-1] + full, last[5])
            continue
        if not get_box(textpage, i, rect):
            continue
        box = (rect.left, rect.right, height - rect.top, height - rect.bottom)
        if rect.top - rect.bottom <= 0.1 or rect.right - rect.left <= 0.01 or (
                out and not space and out[-1][:4] == box):
            if out and not space:
                x0, x1, top, bottom, ch, before = out[-1]
                out[-1] = (x0, x1, top, bottom, ch + _char(code), before)
            continue
        out.append((*box, _char(code), space))
        space = False
    if any(0xD800 <= code <= 0xDBFF for code in buffer[:count]):
        # A first half left alone is no character.
        return [(*g[:4], _whole(g[4]), g[5]) for g in out]
    return out


def _rules(raw, page, height: float) -> list[tuple[float, float, float]]:
    """Vertical lines drawn on the page, (x, top, bottom): the borders between table cells.

    Read through the raw API: the object wrappers cost more than the whole text.
    """
    rules: list[tuple[float, float, float]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    boxes = (ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
    handle = page.raw
    count = min(raw.FPDFPage_CountObjects(handle), _MAX_OBJECTS)
    for i in range(count):
        obj = raw.FPDFPage_GetObject(handle, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, *boxes):
            continue
        width, tall = right.value - left.value, top.value - bottom.value
        if width <= 7 and tall >= max(8, 2 * width):
            rules.append(((left.value + right.value) / 2, height - top.value,
                          height - bottom.value))
    return rules


def _is_scan(raw, page, glyphs: list[Glyph], area: float) -> bool:
    """A page to read by OCR: a picture and no text, or a picture over most of the page and
    only a line of text (the copier's stamp, a page number) in its text layer. The stamp
    is rendered with the page, so OCR reads it too."""
    if len(glyphs) >= _STAMP_CHARS:
        return False
    handle = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    covered = 0.0
    for i in range(min(raw.FPDFPage_CountObjects(handle), _MAX_OBJECTS)):
        obj = raw.FPDFPage_GetObject(handle, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_IMAGE:
            continue
        if not glyphs:
            return True
        if raw.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom),
                                     ctypes.byref(right), ctypes.byref(top)):
            covered += (right.value - left.value) * (top.value - bottom.value)
    return covered >= 0.5 * area


def _whole(text: str) -> str:
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _char(code: int) -> str:
    if code == 0x02:  # PDFium's mark for a soft hyphen at a line end
        return "\u00ad"
    try:
        return chr(code)
    except (ValueError, OverflowError):
        return "\ufffd"
