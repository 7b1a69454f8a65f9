"""Readers: turn a document file into blocks (paragraphs, headings, table rows)."""

from __future__ import annotations

import os

from ..errors import MinutesError
from ..model import Block
from .docx import read_docx
from .html import read_html
from .odt import read_odt
from .office import LEGACY, check_converted, to_docx
from .pdf import read_pdf
from .text import check_text, decode_text, text_to_blocks

# Checked before reading anything; bigger files are refused.
MAX_FILE_BYTES = 50 * 1024 * 1024

SUPPORTED = (".txt", ".md", ".docx", ".odt", ".html", ".htm", ".pdf", *LEGACY)


def read_document(path: str | os.PathLike) -> list[Block]:
    """Blocks of the document at path, in document order, or MinutesError."""
    name = os.fspath(path)
    ext = os.path.splitext(name)[1].lower()
    if ext not in SUPPORTED:
        shown = f"'{ext}'" if ext else "without an extension"
        raise MinutesError(name, f"unsupported file type {shown} "
                                 "(use .txt, .md, .docx, .odt, .html, .pdf, .doc, "
                                 ".rtf or .wpd)")
    data = _read_bytes(name)
    return read_bytes(data, ext, name)


def read_bytes(data: bytes, ext: str, name: str | None = None) -> list[Block]:
    """Blocks from the raw bytes of a document whose extension is ext."""
    if not data.strip():
        raise MinutesError(name, "is empty")
    try:
        if ext in (".txt", ".md"):
            blocks = text_to_blocks(decode_text(data, name))
        elif ext == ".docx":
            blocks = read_docx(data, name)
        elif ext in LEGACY:
            blocks = read_docx(to_docx(data, ext, name), name)
            check_text("\n".join(b.text for b in blocks), name)
            check_converted("\n".join(b.text for b in blocks), name)
        elif ext == ".odt":
            blocks = read_odt(data, name)
        elif ext in (".html", ".htm"):
            blocks = read_html(decode_text(data, name))
        elif ext == ".pdf":
            blocks = read_pdf(data, name)
            check_text("\n".join(b.text for b in blocks), name)
        else:
            raise MinutesError(name, f"unsupported file type '{ext}'")
    except MinutesError:
        raise
    except (RecursionError, MemoryError, ValueError, KeyError, IndexError) as exc:
        raise MinutesError(name, f"could not be read ({type(exc).__name__})") from None
    if not blocks:
        raise MinutesError(name, "has no text")
    return blocks


def _read_bytes(name: str) -> bytes:
    try:
        size = os.stat(name).st_size
        if os.path.isdir(name):
            raise MinutesError(name, "is a directory, not a file")
        if size > MAX_FILE_BYTES:
            raise MinutesError(name, f"is too large ({size // (1024 * 1024)} MB; "
                                     f"the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        with open(name, "rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise MinutesError(name, "file not found") from None
    except PermissionError:
        raise MinutesError(name, "cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise MinutesError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise MinutesError(name, f"cannot be read ({exc.strerror or exc})") from None


__all__ = ["LEGACY", "MAX_FILE_BYTES", "SUPPORTED", "read_bytes", "read_document", "text_to_blocks"]
