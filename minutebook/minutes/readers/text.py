"""Plain text and markdown: decoding, and rebuilding tab-flattened tables.

Minutes kept in a two- or three-column table often arrive as text where each
cell starts with a tab. A tab line straight after another line is the next
cell of the same row; a tab line after a blank line starts a new row; a line
without a tab continues the current cell (cells hold several paragraphs).
"""

from __future__ import annotations

import codecs

from ..errors import MinutesError
from ..model import Block

# Share of control characters above which bytes are not text.
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def decode_text(data: bytes, filename: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if not data.strip():
        raise MinutesError(filename, "is empty")
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        if b"\x00" in data:
            raise MinutesError(filename, "does not look like text (binary data)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    check_text(text, filename)
    return text


def check_text(text: str, filename: str | None = None) -> None:
    """Refuse empty text and text that is mostly control characters."""
    if not text.strip():
        raise MinutesError(filename, "is empty")
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    bad = controls + text.count("\ufffd") + text.count("\x00")
    if bad > max(2, len(text) * _MAX_CONTROL_SHARE):
        raise MinutesError(filename, "does not look like text (binary data)")


def text_to_blocks(text: str) -> list[Block]:
    """Paragraph blocks separated by blank lines, and rows rebuilt from tab cells."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    builder = _Builder()
    for line in text.split("\n"):
        builder.feed(line)
    return builder.finish()


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.para: list[str] = []
        self.row: list[list[str]] | None = None
        self.ncols = 0
        self.table = -1
        self.blank_before = True

    def feed(self, line: str) -> None:
        stripped = line.strip()
        if not stripped and not line.startswith("\t"):
            self._blank()
            return
        if line.startswith("\t"):
            self._tab_line(stripped)
        elif self.row is not None and not self._row_complete():
            self.row[-1].append(stripped)
        else:
            self._end_row()
            self.para.append(line.rstrip())
        self.blank_before = False

    def _blank(self) -> None:
        if self.row is not None:
            self.row[-1].append("")
        else:
            self._end_para()
        self.blank_before = True

    def _tab_line(self, stripped: str) -> None:
        self._end_para()
        if self.row is not None and not self.blank_before:
            self.row.append([stripped])
            return
        self._end_row()
        if not self.blocks or self.blocks[-1].kind != "row":
            self.table += 1
            self.ncols = 0
        self.row = [[stripped]]

    def _row_complete(self) -> bool:
        # After a blank line, a finished row does not take loose text.
        return self.blank_before and self.ncols > 0 and len(self.row) >= self.ncols

    def _end_row(self) -> None:
        if self.row is None:
            return
        cells = tuple(_join_cell(c) for c in self.row)
        self.ncols = max(self.ncols, len(cells))
        self.blocks.append(Block("row", " ".join(c for c in cells if c), cells,
                                 table=self.table))
        self.row = None

    def _end_para(self) -> None:
        if self.para:
            self.blocks.append(Block("paragraph", "\n".join(self.para)))
            self.para = []

    def finish(self) -> list[Block]:
        self._end_row()
        self._end_para()
        return self.blocks


def _join_cell(lines: list[str]) -> str:
    """Cell text with paragraph breaks kept as blank lines."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
