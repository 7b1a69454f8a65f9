"""HTML: headings, paragraphs and table rows, from a light tree built with html.parser.

Council websites wrap minutes in menus, breadcrumbs, search forms and scripts;
none of that is read. A table whose rows each hold one cell is a frame round the
page and is read as the body is; a table in a cell gives its rows as lines.
Whitespace is collapsed as a browser does, except in <pre>.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..model import Block

_BLOCK_TAGS = {"p", "div", "li", "dd", "dt", "dl", "blockquote", "pre", "section", "article",
               "ul", "ol", "header", "footer", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6",
               "hr", "tr", "caption", "figure", "figcaption", "address", "details", "summary",
               "fieldset", "form", "center", "aside"}
# Never minutes: code, page furniture and form controls.
_SKIP = {"script", "style", "head", "title", "noscript", "template", "nav", "button", "select",
         "textarea", "svg", "iframe", "object", "canvas", "map"}
_SKIP_ROLES = {"navigation", "search", "menu", "menubar", "dialog", "alert"}
# Class names that mark site furniture on council websites (breadcrumbs, skip links, banners).
_SKIP_CLASS = re.compile(r"breadcrumb|cookie|skip-?link|sr-only|visually-?hidden|screen-?reader",
                         re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}
_MAX_DEPTH = 200
_MAX_SPAN = 20


class _Node:
    __slots__ = ("tag", "attrs", "children")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node | str] = []


def read_html(text: str) -> list[Block]:
    tree = _Tree()
    tree.feed(text)
    tree.close()
    reader = _Reader()
    reader.walk(tree.root, 0)
    reader.flush()
    return reader.blocks


class _Tree(HTMLParser):
    """Elements nested as written; a missing end tag is closed by its parent's."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("body", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, {k: v or "" for k, v in attrs})
        if tag in ("td", "th", "tr", "li", "p", "dt", "dd", "option"):
            self._close_open(tag)
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
            if self.stack[i].tag == "table" and tag != "table":
                return  # an end tag never closes past the table it is in

    def handle_data(self, data):
        self.stack[-1].children.append(data)

    def _close_open(self, tag: str) -> None:
        """A new cell closes the open cell, a new row the open row, a new item the open item."""
        same = {"td": ("td", "th"), "th": ("td", "th")}.get(tag, (tag,))
        stop = {"td": ("tr", "table"), "th": ("tr", "table"), "tr": ("table",),
                "li": ("ul", "ol"), "p": ("div", "td", "th", "li", "table")}.get(
                    tag, ("dl", "select", "div", "table"))
        for i in range(len(self.stack) - 1, 0, -1):
            current = self.stack[i].tag
            if current in stop:
                return
            if current in same:
                del self.stack[i:]
                return


def _skipped(node: _Node) -> bool:
    attrs = node.attrs
    return (node.tag in _SKIP or "hidden" in attrs or attrs.get("aria-hidden") == "true"
            or attrs.get("role", "").lower() in _SKIP_ROLES
            or bool(_HIDDEN_STYLE.search(attrs.get("style", "")))
            or bool(_SKIP_CLASS.search(attrs.get("class", "") + " " + attrs.get("id", ""))))


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.heading = 0
        self.tables = 0

    def walk(self, node: _Node, pre: int) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.buf.append(child if pre else _collapse(child))
            elif _skipped(child):
                continue
            elif child.tag == "table":
                self.flush()
                self._table(child)
            elif child.tag == "br":
                self.buf.append("\n")
            elif child.tag in _BLOCK_TAGS:
                self.flush()
                if child.tag[0] == "h" and child.tag[1:].isdigit():
                    self.heading = int(child.tag[1:])
                self.walk(child, pre + (child.tag == "pre"))
                self.flush()
            else:
                self.walk(child, pre)

    def _table(self, table: _Node) -> None:
        rows = [[c for c in _children(tr, ("td", "th")) if not _skipped(c)]
                for tr in _children(table, ("tr",))]
        if all(len(cells) <= 1 for cells in rows):
            # A frame: its one column is the page.
            for cells in rows:
                for cell in cells:
                    self.walk(cell, 0)
                    self.flush()
            return
        self.tables += 1
        for cells in rows:
            texts: list[str] = []
            for cell in cells:
                texts.append(_cell_text(cell))
                texts.extend("" for _ in range(_span(cell) - 1))
            if any(texts):
                self.blocks.append(Block("row", " ".join(t for t in texts if t), tuple(texts),
                                         table=self.tables))

    def flush(self) -> None:
        text = _clean("".join(self.buf))
        self.buf = []
        if text:
            kind = "heading" if self.heading else "paragraph"
            self.blocks.append(Block(kind, text, level=self.heading))
        self.heading = 0


def _children(node: _Node, tags: tuple[str, ...]):
    """Direct rows or cells, looking through thead/tbody/tfoot but not into nested tables."""
    for child in node.children:
        if isinstance(child, str) or _skipped(child):
            continue
        if child.tag in tags:
            yield child
        elif child.tag in ("thead", "tbody", "tfoot", "form", "div", "span"):
            yield from _children(child, tags)


def _span(cell: _Node) -> int:
    try:
        return max(1, min(int(cell.attrs.get("colspan", "1") or 1), _MAX_SPAN))
    except ValueError:
        return 1


def _cell_text(cell: _Node) -> str:
    parts: list[str] = []
    _cell_parts(cell, parts, 0)
    return _clean("".join(parts))


def _cell_parts(node: _Node, parts: list[str], pre: int) -> None:
    for child in node.children:
        if isinstance(child, str):
            parts.append(child if pre else _collapse(child))
        elif _skipped(child):
            continue
        elif child.tag == "table":
            # A table in a cell: each row a line of the cell.
            for tr in _children(child, ("tr",)):
                texts = [" ".join(_cell_text(c).split()) for c in _children(tr, ("td", "th"))]
                parts.append("\n" + " ".join(t for t in texts if t) + "\n")
        elif child.tag == "br":
            parts.append("\n")
        elif child.tag in _BLOCK_TAGS:
            parts.append("\n")
            _cell_parts(child, parts, pre + (child.tag == "pre"))
            parts.append("\n")
        else:
            _cell_parts(child, parts, pre)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _clean(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
