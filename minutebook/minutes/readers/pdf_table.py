"""Tables found in positioned lines: runs of lines whose segments keep to column starts.

A table needs at least two lines with text in two or more columns. A line
belongs to the table while each of its segments fits one column without
running into the next; a wide line of prose ends it. A row starts where the
first column has text after a gap, or where the cells do not go on from
wrapped cells above; lines with nothing in the first column go on in the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from .pdf_text import Line, Seg, join_lines, same_walls, split_seg, wrapped

# A gap this many line heights tall ends a table.
_END_GAP = 2.5


@dataclass
class Row:
    cells: list[list[Line]]
    lead: bool  # the first column has text: the row did not go on from a page above


class Table:
    def __init__(self, cols: list[float], lines: list[Line]) -> None:
        self.cols = cols
        # A column's right edge: where its longest line ends.
        self.right = [0.0] * len(cols)
        for line in lines:
            for seg in line.segs:
                k = _col(seg.x0, cols, 0.5 * seg.h) or 0
                self.right[k] = max(self.right[k], seg.x1)
        self.rows = _rows(cols, self.right, lines)

    def same_columns(self, prev: Table) -> bool:
        if len(self.cols) != len(prev.cols):
            return False
        return all(abs(a - b) <= 4 for a, b in zip(self.cols, prev.cols, strict=True))

    def extend(self, more: Table) -> None:
        """The rest of this table from the next page; a row cut by the break is mended."""
        rows = more.rows
        if rows and not rows[0].lead and self.rows:
            for cell, lines in zip(self.rows[-1].cells, rows[0].cells, strict=True):
                cell.extend(lines)
            rows = rows[1:]
        self.rows += rows
        self.right = [max(a, b) for a, b in zip(self.right, more.right, strict=True)]

    def cell_texts(self) -> list[list[str]]:
        return [[join_lines(cell, self.right[k]) for k, cell in enumerate(row.cells)]
                for row in self.rows]


def read_tables(lines: list[Line], carry: list[float] | None = None) -> list[Table | list[Line]]:
    """The flow as prose runs and tables, in order.

    carry holds the columns of a table still open at the foot of the page before:
    the top of this page may go on with its cells.
    """
    parts: list[Table | list[Line]] = []
    prose: list[Line] = []
    i = 0
    if carry:
        found = _grow(lines, 0, carry, need=0)
        if found is not None:
            parts.append(Table(found[0], lines[:found[1]]))
            i = found[1]
    while i < len(lines):
        found = _grow(lines, i)
        if found is None:
            prose.append(lines[i])
            i += 1
            continue
        cols, end = found
        while prose and prose[-1] is lines[i - 1] and _leads_into(lines[i - 1], lines[i], cols):
            prose.pop()
            i -= 1
        if prose and not parts:
            # The top of a page may go on with a table's cells before its next full row.
            again = _grow(lines, 0, cols)
            if again is not None and again[1] >= end:
                cols, end, i, prose = again[0], again[1], 0, []
        if prose:
            parts.append(prose)
            prose = []
        parts.append(Table(cols, lines[i:end]))
        i = end
    if prose:
        parts.append(prose)
    return parts


def _leads_into(line: Line, nxt: Line, cols: list[float]) -> bool:
    """Is line the table's first row, its cells closer together than a gutter shows?"""
    if nxt.top - line.bottom > _END_GAP * nxt.h or not same_walls(line, nxt):
        return False
    fitted = _fit(line, cols, [])
    if fitted is None or fitted[0] != cols or len(fitted[1]) < 2:
        return False
    line.segs = fitted[1]
    return True


def _grow(lines: list[Line], start: int, seed: list[float] | None = None, need: int = 2):
    """(column starts, end) of a table starting at lines[start], or None."""
    first = lines[start]
    if seed is None and len(first.segs) < 2:
        return None
    cols = sorted(seed) if seed else []
    spans: list[Seg] = []
    multi = 0
    end = start
    for j in range(start, len(lines)):
        line = lines[j]
        if j > start and (line.top - lines[j - 1].bottom > _END_GAP * line.h
                          or not same_walls(line, lines[j - 1])):
            break
        fitted = _fit(line, cols, spans)
        if fitted is None:
            break
        new, segs = fitted
        if multi == j - start and multi >= 2 and len(segs) == 1 and (
                _col(line.x0, new, 0.5 * line.h) or 0) == 0:
            break  # a grid of one-line rows ends at a line in its first column alone
        cols, line.segs = new, segs
        spans.extend(segs)
        multi += len(line.segs) >= 2
        end = j + 1
    if end == start or multi < need or len(cols) < 2:
        return None
    return cols, end


def _fit(line: Line, cols: list[float], spans: list[Seg]):
    """(column starts, segments) with line in the table, or None if a segment straddles
    a column. A segment that runs into the next column is cut where one of its words
    starts at that column: the gap before it was too narrow to split the line."""
    old = cols
    cols = list(cols)
    todo, segs = list(line.segs), []
    while todo:
        seg = todo.pop(0)
        tol = 0.5 * seg.h
        k = _col(seg.x0, cols, tol)
        aligned = k is not None and abs(seg.x0 - cols[k]) <= tol
        if not aligned and (len(line.segs) >= 2 or not cols) and not any(
                s.x0 < seg.x0 - tol and s.x1 > seg.x0 for s in spans):  # not indented text
            cols = sorted(cols + [seg.x0])
            k = cols.index(seg.x0)
        elif k is None:
            return None
        if k + 1 < len(cols) and seg.x1 > cols[k + 1] - 0.2 * seg.h:
            parts = split_seg(seg, cols[k + 1], 0.12 * seg.h)
            if parts is None:
                return None
            todo[:0] = parts
            continue
        segs.append(seg)
    # A new column must not cut through text already in the table.
    for x in cols:
        if x not in old and any(s.x0 < x - 0.5 * s.h and s.x1 > x for s in spans):
            return None
    return cols, segs


def _col(x: float, cols: list[float], tol: float) -> int | None:
    k = None
    for i, start in enumerate(cols):
        if start <= x + tol:
            k = i
    return k


def _rows(cols: list[float], right: list[float], lines: list[Line]) -> list[Row]:
    # A grid where every line has text in two columns or more: a line is a row.
    grid = all(len(line.segs) >= 2 for line in lines)
    rows: list[list[list[Line]]] = []
    leads: list[bool] = []
    prev: dict[int, Seg] = {}
    prev_line: Line | None = None
    for line in lines:
        cells: dict[int, list[Seg]] = {}
        for seg in line.segs:
            cells.setdefault(_col(seg.x0, cols, 0.5 * seg.h) or 0, []).append(seg)
        lead = 0 in cells
        gap = prev_line is not None and line.top - prev_line.bottom > 0.45 * line.h
        goes_on = all(k in prev and wrapped(prev[k], segs[0], right[k])
                      for k, segs in cells.items())
        if not rows or (lead and (gap or grid or not goes_on)):
            rows.append([[] for _ in cols])
            leads.append(lead)
            prev = {}
        for k, segs in cells.items():
            rows[-1][k].append(Line(segs))
            prev[k] = segs[-1]
        prev_line = line
    return [Row(row, lead) for row, lead in zip(rows, leads, strict=True)]
