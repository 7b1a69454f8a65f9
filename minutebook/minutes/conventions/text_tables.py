"""Tables written inside text: markdown pipe tables, and HTML tables pasted into markdown
(wiki exports). They become row blocks, as a Word or HTML table's rows do.

    | Action              | Owner | Due      |
    | ------------------- | ----- | -------- |
    | Book the hall       | AB    | 3 May    |
"""

from __future__ import annotations

import re

from ..model import Block
from ..readers.html import read_html

PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|\n]+(?:\|[^|\n]*){2,}$")
PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
HTML_TABLE_START = re.compile(r"<table\b", re.I)
HTML_TABLE_END = re.compile(r"</table\s*>", re.I)
# Table numbers for these tables, clear of the numbers a reader gives its own tables.
FIRST_TABLE = 100_000


def expand_text_tables(blocks: list[Block]) -> list[Block]:
    """The blocks, with each pipe or HTML table in a paragraph turned into row blocks."""
    out: list[Block] = []
    table = FIRST_TABLE
    pending: list[str] = []  # an HTML table spread over several paragraphs
    for block in blocks:
        if block.kind != "paragraph":
            out.append(block)
            continue
        if pending:
            pending.append(block.text)
            if HTML_TABLE_END.search(block.text):
                table = _html_rows("\n".join(pending), out, table)
                pending = []
            continue
        if HTML_TABLE_START.search(block.text):
            if HTML_TABLE_END.search(block.text):
                table = _html_rows(block.text, out, table)
            else:
                pending = [block.text]
            continue
        if "|" not in block.text:
            out.append(block)
            continue
        table = _pipe_rows(block, out, table)
    if pending:
        out.append(Block("paragraph", "\n".join(pending)))
    return out


def _html_rows(text: str, out: list[Block], table: int) -> int:
    start = HTML_TABLE_START.search(text)
    end = HTML_TABLE_END.search(text, start.end())
    stop = end.end() if end else len(text)
    if text[:start.start()].strip():
        out.append(Block("paragraph", text[:start.start()].strip()))
    for block in read_html(text[start.start():stop]):
        if block.kind == "row":
            out.append(Block("row", block.text, block.cells, table=table + block.table))
        else:
            out.append(Block("paragraph", block.text))
    if text[stop:].strip():
        out.append(Block("paragraph", text[stop:].strip()))
    return table + 1000


def _pipe_rows(block: Block, out: list[Block], table: int) -> int:
    lines = block.text.split("\n")
    rule_at = {i for i, line in enumerate(lines) if PIPE_RULE.match(line)}
    if not rule_at:
        out.append(block)
        return table
    text: list[str] = []
    i = 0
    while i < len(lines):
        # a table: rows around a rule line, each row a pipe row
        if PIPE_ROW.match(lines[i]) and any(j in rule_at for j in range(i, i + 3)):
            if text:
                out.append(Block("paragraph", "\n".join(text)))
                text = []
            while i < len(lines) and (PIPE_ROW.match(lines[i]) or i in rule_at):
                if i not in rule_at:
                    cells = tuple(_cell(c) for c in _split(lines[i]))
                    if any(cells):
                        out.append(Block("row", " ".join(c for c in cells if c), cells,
                                         table=table))
                i += 1
            table += 1
            continue
        text.append(lines[i])
        i += 1
    if text:
        out.append(Block("paragraph", "\n".join(text)))
    return table


def _split(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return re.split(r"(?<!\\)\|", line)


def _cell(text: str) -> str:
    # "<br>" is how a markdown cell holds several lines
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I).replace("\\|", "|")
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!~<>])", r"\1", text)
    return "\n".join(" ".join(part.split()) for part in text.split("\n")).strip()
