"""OpenDocument .odt: content.xml read with zipfile and ElementTree."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..model import Block
from .archive import open_zip, parse_xml, read_member

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def read_odt(data: bytes, filename: str | None = None) -> list[Block]:
    zf = open_zip(data, filename, ".odt")
    root = parse_xml(read_member(zf, "content.xml", filename, ".odt"), filename, ".odt")
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    blocks: list[Block] = []
    if body is not None:
        _walk(body, blocks, [0])
    return blocks


def _walk(parent: ET.Element, blocks: list[Block], table_count: list[int]) -> None:
    for child in parent:
        tag = child.tag
        if tag in (TEXT + "p", TEXT + "h"):
            text = _text(child).strip()
            if text:
                if tag == TEXT + "h":
                    level = int(child.get(TEXT + "outline-level", "1") or 1)
                    blocks.append(Block("heading", text, level=level))
                else:
                    blocks.append(Block("paragraph", text))
        elif tag == TABLE + "table":
            table_count[0] += 1
            for row in child.iter(TABLE + "table-row"):
                cells = tuple(_cell_text(c) for c in row.findall(TABLE + "table-cell"))
                if any(cells):
                    blocks.append(Block("row", " ".join(c for c in cells if c), cells,
                                        table=table_count[0]))
        else:
            # lists, list items, sections: their paragraphs, in order
            _walk(child, blocks, table_count)


def _text(el: ET.Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag == TEXT + "tab":
            parts.append("\t")
        elif child.tag == TEXT + "s":
            parts.append(" " * int(child.get(TEXT + "c", "1") or 1))
        elif child.tag == TEXT + "line-break":
            parts.append("\n")
        elif child.tag != TEXT + "note":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _cell_text(cell: ET.Element) -> str:
    lines = [_text(p).strip() for p in cell.iter() if p.tag in (TEXT + "p", TEXT + "h")]
    return "\n".join(line for line in lines if line)
