"""Reading committee minutes (.txt, .md, .docx, .odt, .html, .pdf, .doc, .rtf, .wpd, scans).

    parse_file(path, known_people=None) -> ParsedMinutes
    parse_text(text, known_people=None) -> ParsedMinutes
    parse_blocks(blocks, known_people=None) -> ParsedMinutes
    read_document(path) -> list[Block]

Unreadable input raises MinutesError, whose message is one line naming the file.
"""

from __future__ import annotations

import os

from .errors import MinutesError
from .model import (
    Action,
    Block,
    Decision,
    Entry,
    Item,
    Meeting,
    ParsedMinutes,
    Person,
)
from .parser import parse_blocks as _parse_blocks
from .readers import MAX_FILE_BYTES, read_document, text_to_blocks


def parse_blocks(blocks: list[Block], known_people: list[str] | None = None,
                 filename: str | os.PathLike | None = None) -> ParsedMinutes:
    """Parse reader blocks (paragraphs, headings, table rows) in document order.

    filename, when given, supplies the meeting date if the text has none. Blocks a PDF
    reader gave say which pages were read by OCR; the parse says so too.
    """
    ocr_pages = list(getattr(blocks, "ocr_pages", ()))
    try:
        parsed = _parse_blocks(list(blocks), known_people,
                               os.fspath(filename) if filename is not None else None)
    except RecursionError:
        raise MinutesError(None, "the document is nested too deeply to parse") from None
    if ocr_pages:
        parsed.ocr_pages = ocr_pages
        parsed.warnings.insert(0, ocr_warning(ocr_pages, getattr(blocks, "pages", 0)))
    return parsed


def ocr_warning(pages: list[int], total: int) -> str:
    which = "The text" if len(pages) == total else (
        f"The text of page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))}")
    return (f"{which} was read by OCR from a scanned image: check names, dates and figures "
            "against the original")


def parse_text(text: str, known_people: list[str] | None = None) -> ParsedMinutes:
    """Parse minutes given as text (plain, markdown, or tab-flattened tables)."""
    if not isinstance(text, str):
        raise MinutesError(None, "expected text (str)")
    if not text.strip():
        raise MinutesError(None, "is empty")
    return parse_blocks(text_to_blocks(text), known_people)


def parse_file(path: str | os.PathLike, known_people: list[str] | None = None) -> ParsedMinutes:
    """Read and parse the minutes document at path."""
    return parse_blocks(read_document(path), known_people, filename=path)


__all__ = [
    "MAX_FILE_BYTES", "Action", "Block", "Decision", "Entry", "Item", "Meeting",
    "MinutesError", "ParsedMinutes", "Person", "parse_blocks", "parse_file", "parse_text",
    "read_document",
]
