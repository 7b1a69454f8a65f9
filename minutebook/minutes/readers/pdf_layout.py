"""Positioned glyphs back into the blocks a clerk laid out.

A page's glyphs become lines, and a line splits into segments where a wide gap
(a tab stop, a table gutter) separates its text. Running heads and page numbers
are taken out, a page set in two columns is read column by column, lines whose
segments keep to the same column starts are a table (its rows become "row"
blocks, as the DOCX reader gives them), and wrapped lines are joined into the
paragraphs they were typed as, hyphenated line ends mended.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Block
from .pdf_table import Table, read_tables
from .pdf_text import Line, join_wrapped, lines_from_glyphs, para_break, right_edges

# x0, x1, top, bottom (y down from the top of the page), text, a space came before it
Glyph = tuple[float, float, float, float, str, bool]

# Running heads sit in the top and bottom margins.
_HEAD_ZONE, _FOOT_ZONE = 0.12, 0.90


@dataclass
class Page:
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # x, top, bottom


def layout_pages(pages: list[Page]) -> list[Block]:
    page_lines = [lines_from_glyphs(p.glyphs, p.rules) for p in pages]
    heads = _strip_running_heads(pages, page_lines)
    out = _Emitter(_body_height(page_lines))
    for text in heads:
        out.paragraph(text)
    for lines in page_lines:
        if not lines:  # a blank page (the back of a scanned sheet) breaks nothing
            continue
        for n, flow in enumerate(_flows(lines)):
            carry = out.open_table.cols if n == 0 and out.open_table else None
            for part in read_tables(flow, carry):
                if isinstance(part, Table):
                    out.table(part)
                else:
                    out.prose(part)
        out.page_break()
    return out.finish()


def _body_height(page_lines: list[list[Line]]) -> float:
    """The height of the text most of the document is set in."""
    weights: dict[int, int] = {}
    for lines in page_lines:
        for line in lines:
            key = round(line.h * 2)
            weights[key] = weights.get(key, 0) + len(line.text)
    return max(weights, key=weights.get) / 2 if weights else 0.0


# ---------------------------------------------------------------- running heads

def _strip_running_heads(pages: list[Page], page_lines: list[list[Line]]) -> list[str]:
    """Drop page numbers and the lines that repeat in the margins; the heads are kept once.

    Only a page's first and last few lines, inside the margins, can be running
    heads; a line repeats when it reads the same on two pages, numbers aside.
    """
    def zone_lines(index: int):
        height, lines = pages[index].height, page_lines[index]
        for n, line in enumerate(lines):
            if n < 3 and line.bottom < height * _HEAD_ZONE:
                yield line, "head"
            elif n >= len(lines) - 3 and line.top > height * _FOOT_ZONE:
                yield line, "foot"

    seen: dict[tuple[str, str], set[int]] = {}
    for index in range(len(pages)):
        for line, zone in zone_lines(index):
            seen.setdefault((zone, _key(line.text)), set()).add(index)
    heads: list[str] = []
    for index in range(len(pages)):
        drop = set()
        for line, zone in zone_lines(index):
            if len(seen[(zone, _key(line.text))]) >= 2:
                drop.add(id(line))
                head = " ".join(s.text for s in line.segs if not _is_page_number(s.text))
                if zone == "head" and head and head not in heads:
                    heads.append(head)
            elif all(_is_page_number(s.text) for s in line.segs):
                drop.add(id(line))
        if drop:
            page_lines[index] = [line for line in page_lines[index] if id(line) not in drop]
    return heads


def _key(text: str) -> str:
    return "".join("#" if ch.isdigit() else ch for ch in " ".join(text.lower().split()))


def _is_page_number(text: str) -> bool:
    words = text.lower().replace("-", " ").replace("/", " of ").split()
    if words and words[0] in ("page", "p.", "pg"):
        words = words[1:]
    if len(words) == 3 and words[1] == "of":
        words = [words[0], words[2]]
    return 0 < len(words) <= 2 and all(w.isdigit() for w in words)


# ---------------------------------------------------------------- two columns

def _flows(lines: list[Line]) -> list[list[Line]]:
    """The page as flows read in order: one, or bands split into left and right columns."""
    gutter = _gutter(lines)
    if gutter is None:
        return [lines]
    flows: list[list[Line]] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        if any(s.x0 < gutter < s.x1 for s in line.segs):
            flows += [f for f in (left, right) if f]
            left, right = [], []
            flows.append([line])
            continue
        lsegs = [s for s in line.segs if s.x1 <= gutter]
        rsegs = [s for s in line.segs if s.x0 >= gutter]
        if lsegs:
            left.append(Line(lsegs))
        if rsegs:
            right.append(Line(rsegs))
    flows += [f for f in (left, right) if f]
    return flows


def _gutter(lines: list[Line]) -> float | None:
    """The x of a gap down the middle of the page that most lines keep clear of.

    A table has gutters too; newspaper columns differ in being two wide runs of
    wrapped prose on either side, many lines each.
    """
    if len(lines) < 12:
        return None
    x0 = min(s.x0 for line in lines for s in line.segs)
    x1 = max(s.x1 for line in lines for s in line.segs)
    width = x1 - x0
    best = None
    for step in range(35, 66, 1):
        x = x0 + width * step / 100
        crossing = sum(1 for line in lines if any(s.x0 < x < s.x1 for s in line.segs))
        if best is None or crossing < best[0]:
            best = (crossing, x)
    crossing, x = best
    if crossing > len(lines) * 0.15:
        return None
    left = [s for line in lines for s in line.segs if s.x1 <= x]
    right = [s for line in lines for s in line.segs if s.x0 >= x]
    if len(left) < len(lines) * 0.4 or len(right) < len(lines) * 0.4:
        return None
    # Both sides must be wrapped prose: most of their lines fill the column's width.
    for side in (left, right):
        lo, hi = min(s.x0 for s in side), max(s.x1 for s in side)
        full = sum(1 for s in side if s.x1 - s.x0 > (hi - lo) * 0.7)
        if hi - lo < width * 0.3 or full < len(side) * 0.4:
            return None
    # The gutter itself: the middle of the clear band around x.
    lo = max((s.x1 for s in left), default=x)
    hi = min((s.x0 for s in right), default=x)
    return (lo + hi) / 2 if lo < hi else x


# ---------------------------------------------------------------- blocks

class _Emitter:
    """Collects paragraphs and tables; a table broken by a page goes on as one table."""

    def __init__(self, body_h: float) -> None:
        self.body_h = body_h
        self.blocks: list[Block] = []
        self.tables = 0
        self.open_table: Table | None = None
        self.after_break = False
        self.para: list[Line] = []

    def paragraph(self, text: str) -> None:
        self._end_table()
        self.blocks.append(Block("paragraph", text))

    def prose(self, lines: list[Line]) -> None:
        self._end_table()
        rights = right_edges(lines)
        for n, line in enumerate(lines):
            right = rights[n - 1] if n else rights[0]
            if self.para and para_break(self.para[-1], line, right):
                self._end_para()
            self.para.append(line)
            self.after_break = False

    def table(self, table: Table) -> None:
        self._end_para()
        prev = self.open_table
        if prev is not None and self.after_break and table.same_columns(prev):
            prev.extend(table)
        else:
            self._end_table()
            self.open_table = table
        self.after_break = False

    def page_break(self) -> None:
        self.after_break = True

    def _end_table(self) -> None:
        if self.open_table is None:
            return
        self.tables += 1
        for cells in self.open_table.cell_texts():
            if any(cells):
                self.blocks.append(Block("row", " ".join(c for c in cells if c), tuple(cells),
                                         table=self.tables))
        self.open_table = None

    def _end_para(self) -> None:
        if self.para:
            text = self.para[0].text
            for line in self.para[1:]:
                text = join_wrapped(text, line.text)
            if text.strip():
                self.blocks.append(self._heading_or_paragraph(text.strip()))
        self.para = []

    def _heading_or_paragraph(self, text: str) -> Block:
        """A short paragraph of one line set well above the body's size is a heading."""
        h = self.para[0].h
        if len(self.para) == 1 and self.body_h and h >= 1.25 * self.body_h \
                and len(text.split()) <= 15:
            return Block("heading", text, level=1 if h >= 1.6 * self.body_h else 2)
        return Block("paragraph", text)

    def finish(self) -> list[Block]:
        self._end_para()
        self._end_table()
        return self.blocks
