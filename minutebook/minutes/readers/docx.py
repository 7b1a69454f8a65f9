"""Word .docx: paragraphs and table rows in document order, read from the XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..model import Block
from .archive import open_zip, parse_xml, read_member

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _SDT = W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt"
_T, _TAB, _BR, _CR = W + "t", W + "tab", W + "br", W + "cr"


def read_docx(data: bytes, filename: str | None = None) -> list[Block]:
    zf = open_zip(data, filename, ".docx")
    root = parse_xml(read_member(zf, "word/document.xml", filename, ".docx"), filename, ".docx")
    body = root.find(W + "body")
    blocks: list[Block] = []
    if body is not None:
        _walk(body, blocks, [0])
    return blocks


def _walk(parent: ET.Element, blocks: list[Block], table_count: list[int]) -> None:
    for child in parent:
        if child.tag == _P:
            text = paragraph_text(child).strip()
            if text:
                level = _heading_level(child)
                blocks.append(Block("heading" if level else "paragraph", text, level=level))
        elif child.tag == _TBL:
            table_count[0] += 1
            for row in child.iter(_TR):
                cells = tuple(_cell_text(tc) for tc in row.findall(_TC))
                if any(cells):
                    blocks.append(Block("row", " ".join(c for c in cells if c), cells,
                                        table=table_count[0]))
        elif child.tag == _SDT:
            content = child.find(W + "sdtContent")
            if content is not None:
                _walk(content, blocks, table_count)


def paragraph_text(p: ET.Element) -> str:
    parts = []
    for el in p.iter():
        if el.tag == _T and el.text:
            parts.append(el.text)
        elif el.tag == _TAB:
            parts.append("\t")
        elif el.tag in (_BR, _CR):
            parts.append("\n")
    return "".join(parts)


def _cell_text(tc: ET.Element) -> str:
    # Nested tables are flattened into the cell's text.
    lines = [paragraph_text(p).strip() for p in tc.iter(_P)]
    return "\n".join(line for line in lines if line)


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
