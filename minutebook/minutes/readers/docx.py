"""Word .docx: the page header, then paragraphs, text boxes and table rows in document order.

Read from the XML. A merged cell is read once (a cell spanning columns is
padded, so an ACTION column keeps its index). A table with a single column is
a frame drawn round the minutes, and its content is read as the body is; a
table inside a cell gives its rows as lines of that cell.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..model import Block
from .archive import open_zip, parse_xml, read_member

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _SDT = W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt"
_T, _TAB, _BR, _CR = W + "t", W + "tab", W + "br", W + "cr"
_TXBX, _FALLBACK = W + "txbxContent", MC + "Fallback"
# Containers whose children are read as if they stood in the parent.
_WRAPPERS = {W + "sdtContent", W + "customXml", W + "smartTag", W + "ins"}
_HEADER = re.compile(r"^word/header\d*\.xml$")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?$", re.I)


def read_docx(data: bytes, filename: str | None = None) -> list[Block]:
    zf = open_zip(data, filename, ".docx")
    root = parse_xml(read_member(zf, "word/document.xml", filename, ".docx"), filename, ".docx")
    reader = _Reader()
    # The page header often holds the body's name or the date; each header once, first.
    seen: set[str] = set()
    for name in sorted(n for n in zf.namelist() if _HEADER.match(n)):
        header = parse_xml(read_member(zf, name, filename, ".docx"), filename, ".docx")
        blocks = reader.read(header)
        for block in blocks:
            if block.text not in seen and not _PAGE_NUMBER.match(block.text):
                seen.add(block.text)
                reader.out.append(block)
    body = root.find(W + "body")
    if body is not None:
        reader.out.extend(reader.read(body))
    return reader.out


class _Reader:
    def __init__(self) -> None:
        self.out: list[Block] = []
        self.tables = 0

    def read(self, parent: ET.Element) -> list[Block]:
        blocks: list[Block] = []
        self._walk(parent, blocks)
        return blocks

    def _walk(self, parent: ET.Element, blocks: list[Block]) -> None:
        for child in parent:
            if child.tag == _P:
                boxes: list[ET.Element] = []
                text = _paragraph_text(child, boxes).strip()
                if text:
                    level = _heading_level(child)
                    blocks.append(Block("heading" if level else "paragraph", text, level=level))
                for box in boxes:
                    self._walk(box, blocks)
            elif child.tag == _TBL:
                self._table(child, blocks)
            elif child.tag == _SDT or child.tag in _WRAPPERS:
                self._walk(child, blocks)

    def _table(self, tbl: ET.Element, blocks: list[Block]) -> None:
        rows = [_cells(tr) for tr in _children(tbl, _TR)]
        if all(len(cells) <= 1 for cells in rows):
            for cells in rows:
                for tc in cells:
                    self._walk(tc, blocks)
            return
        self.tables += 1
        for cells in rows:
            texts: list[str] = []
            for tc in cells:
                texts.append(_cell_text(tc))
                texts.extend("" for _ in range(_span(tc) - 1))
            if any(texts):
                blocks.append(Block("row", " ".join(t for t in texts if t), tuple(texts),
                                    table=self.tables))


def _children(parent: ET.Element, tag: str):
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT or child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _cells(tr: ET.Element) -> list[ET.Element]:
    return list(_children(tr, _TC))


def _span(tc: ET.Element) -> int:
    span = tc.find(f"{W}tcPr/{W}gridSpan")
    try:
        return max(1, min(int(span.get(W + "val", "1")), 64)) if span is not None else 1
    except ValueError:
        return 1


def _paragraph_text(p: ET.Element, boxes: list[ET.Element]) -> str:
    parts: list[str] = []
    _runs(p, parts, boxes)
    return "".join(parts)


def _runs(el: ET.Element, parts: list[str], boxes: list[ET.Element]) -> None:
    for child in el:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _TXBX:
            boxes.append(child)  # a text box: its own paragraphs, after this one
        elif tag != _FALLBACK:  # the fallback repeats the text box for old readers
            _runs(child, parts, boxes)


def _cell_text(tc: ET.Element) -> str:
    lines: list[str] = []
    _cell_lines(tc, lines)
    return "\n".join(line for line in lines if line)


def _cell_lines(parent: ET.Element, lines: list[str]) -> None:
    for child in parent:
        if child.tag == _P:
            boxes: list[ET.Element] = []
            lines.append(_paragraph_text(child, boxes).strip())
            for box in boxes:
                _cell_lines(box, lines)
        elif child.tag == _TBL:
            # A table in a cell: each of its rows a line of the cell.
            for tr in _children(child, _TR):
                texts = [" ".join(_cell_text(tc).split()) for tc in _cells(tr)]
                lines.append(" ".join(t for t in texts if t))
        elif child.tag == _SDT or child.tag in _WRAPPERS:
            _cell_lines(child, lines)


def _heading_level(p: ET.Element) -> int:
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is None:
        return 0
    name = style.get(W + "val", "").replace(" ", "").lower()
    if name == "title":
        return 1
    if name.startswith("heading") and name[7:].isdigit():
        return int(name[7:])
    return 0
