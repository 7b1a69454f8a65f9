"""HTML: headings, paragraphs and table rows with the standard html.parser."""

from __future__ import annotations

from html.parser import HTMLParser

from ..model import Block

_BLOCK_TAGS = {"p", "div", "li", "dd", "dt", "blockquote", "pre", "section", "article",
               "ul", "ol", "header", "footer", "main", "body", "table", "h1", "h2", "h3",
               "h4", "h5", "h6", "hr"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}


def read_html(text: str) -> list[Block]:
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser.flush()
    return parser.blocks


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.heading = 0
        self.skip = 0
        self.table_depth = 0
        self.table_count = 0
        self.row: list[list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "table":
            if self.table_depth == 0:
                self.flush()
                self.table_count += 1
            self.table_depth += 1
        elif self.table_depth == 1 and tag == "tr":
            self._end_row()
            self.row = []
        elif self.table_depth == 1 and tag in ("td", "th"):
            if self.row is None:
                self.row = []
            self.row.append([])
        elif tag == "br" or (self.table_depth and tag in _BLOCK_TAGS):
            self._text("\n")
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self.heading = int(tag[1:])

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "table":
            self.table_depth = max(0, self.table_depth - 1)
            if self.table_depth == 0:
                self._end_row()
        elif self.table_depth == 1 and tag == "tr":
            self._end_row()
        elif self.table_depth and tag in _BLOCK_TAGS:
            self._text("\n")
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self._text(data)

    def _text(self, data: str) -> None:
        if self.table_depth and self.row:
            self.row[-1].append(data)
        elif not self.table_depth:
            self.buf.append(data)

    def _end_row(self) -> None:
        if self.row:
            cells = tuple(_clean("".join(c)) for c in self.row)
            if any(cells):
                self.blocks.append(Block("row", " ".join(c for c in cells if c), cells,
                                         table=self.table_count))
        self.row = None

    def flush(self) -> None:
        text = _clean("".join(self.buf))
        self.buf = []
        if text:
            kind = "heading" if self.heading else "paragraph"
            self.blocks.append(Block(kind, text, level=self.heading))
        self.heading = 0


def _clean(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
