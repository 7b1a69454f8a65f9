"""Glyphs into lines and segments, and wrapped lines back into paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A gap wider than this many line heights splits a line into segments (tab stops, gutters).
SEG_GAP = 1.5
# Glyph runs that are only a list bullet; Word's Symbol-font bullets arrive as private-use code.
_BULLETS = set("●○■□▪▫•◦‣⁃∙·*►▶➢✓✔☐–-o\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d")
_LIST_START = re.compile(r"^(?:[●○■□▪▫•◦‣⁃∙·*►▶➢✓✔☐\uf0b7\uf0a7]|[-–]\s|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s"
                         r"|\(?[a-z][.)]\s|\(?[ivx]{1,4}[.)]\s)")


@dataclass
class Seg:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    first_w: float  # width of the first word: would it have fitted on the line above?
    # Where each later word starts: (end of the word before, start, offset in text).
    breaks: tuple[tuple[float, float, int], ...] = ()

    @property
    def h(self) -> float:
        return self.bottom - self.top


class Line:
    def __init__(self, segs: list[Seg], walls: tuple[float, ...] = ()) -> None:
        self.segs = segs
        self.walls = walls  # x of the ruled lines beside it: the borders of its table

    @property
    def top(self) -> float:
        return min(s.top for s in self.segs)

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.segs)

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def x1(self) -> float:
        return self.segs[-1].x1

    @property
    def h(self) -> float:
        return max(s.h for s in self.segs)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segs)


def lines_from_glyphs(glyphs, rules=()) -> list[Line]:
    """Glyphs grouped into lines by their height on the page, top to bottom.

    Text far smaller than the page's own (a hidden stamp, a tracking code) is left
    out. A ruled line drawn between two glyphs (a cell border) splits the line.
    """
    if not glyphs:
        return []
    heights = sorted(g[3] - g[2] for g in glyphs)
    least = 0.4 * heights[len(heights) // 2]
    bands: list[list] = []
    for g in sorted((g for g in glyphs if g[3] - g[2] >= least), key=lambda g: g[2] + g[3]):
        middle = (g[2] + g[3]) / 2
        if bands and bands[-1][0] <= middle <= bands[-1][1]:
            bands[-1][2].append(g)
        else:
            bands.append([g[2], g[3], [g]])
    merged: list[list] = []
    for band in bands:
        if merged and _overlap(merged[-1], band) >= 0.5:
            last = merged[-1]
            last[0], last[1] = min(last[0], band[0]), max(last[1], band[1])
            last[2].extend(band[2])
        else:
            merged.append(band)
    lines = []
    for top, bottom, group in merged:
        middle = (top + bottom) / 2
        walls = sorted(x for x, t, b in rules if t <= middle <= b)
        segs = _segments(sorted(group, key=lambda g: g[0]), walls)
        if segs:
            lines.append(Line(segs, tuple(walls)))
    return lines


def same_walls(a: Line, b: Line) -> bool:
    """Do two lines sit between the same cell borders (or neither has any)?"""
    if not a.walls or not b.walls:
        return True
    return len(a.walls) == len(b.walls) and all(
        abs(x - y) <= 2 for x, y in zip(a.walls, b.walls, strict=True))


def _overlap(a, b) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(min(a[1] - a[0], b[1] - b[0]), 0.1)


def _segments(glyphs, walls: list[float]) -> list[Seg]:
    segs: list[Seg] = []
    chars: list[str] = []
    breaks: list[tuple[float, float, int]] = []
    x0 = x1 = top = bottom = first_end = 0.0
    length = 0
    prev = None
    for g in glyphs:
        gx0 = g[0]
        if prev is not None:
            if g[4] == prev[4] and gx0 - prev[0] < (prev[1] - prev[0]) * 0.3:
                continue  # the same glyph printed twice, a little offset: fake bold
            gap = gx0 - x1
            if gap > 0.5 and (gap > SEG_GAP * max(g[3] - g[2], bottom - top)
                              or (walls and any(x1 - 1 <= x <= gx0 + 1 for x in walls))):
                segs.append(Seg(x0, x1, top, bottom, "".join(chars), (first_end or x1) - x0,
                                tuple(breaks)))
                prev = None
        if prev is None:
            chars, breaks, length = [g[4]], [], len(g[4])
            x0, x1, top, bottom, first_end = gx0, g[1], g[2], g[3], 0.0
            prev = g
            continue
        if g[5] or gx0 - x1 > 0.5 * (g[3] - g[2]):
            if not first_end:
                first_end = x1
            chars.append(" ")
            length += 1
            breaks.append((x1, gx0, length))
        if g[2] < top:
            top = g[2]
        if g[3] > bottom:
            bottom = g[3]
        chars.append(g[4])
        length += len(g[4])
        if g[1] > x1:
            x1 = g[1]
        prev = g
    if prev is not None:
        segs.append(Seg(x0, x1, top, bottom, "".join(chars), (first_end or x1) - x0,
                        tuple(breaks)))
    return _merge_bullets(segs)


def _merge_bullets(segs: list[Seg]) -> list[Seg]:
    """A bullet set off by a tab belongs to the text after it."""
    out: list[Seg] = []
    for seg in segs:
        if out and out[-1].text in _BULLETS and len(out[-1].text) == 1:
            bullet = out.pop()
            mark = _bullet(bullet.text)
            shift = len(mark) + 1
            seg = Seg(bullet.x0, seg.x1, min(bullet.top, seg.top), max(bullet.bottom, seg.bottom),
                      f"{mark} {seg.text}", bullet.x1 - bullet.x0,
                      ((bullet.x1, seg.x0, shift),
                       *((a, b, off + shift) for a, b, off in seg.breaks)))
        out.append(seg)
    return out


def split_seg(seg: Seg, x: float, tol: float) -> tuple[Seg, Seg] | None:
    """seg cut in two where one of its words starts at x (a column the gap was too narrow
    to show), or None if no word starts there."""
    for n, (end, start, off) in enumerate(seg.breaks):
        if abs(start - x) <= tol and end < x:
            rest = tuple((a, b, o - off) for a, b, o in seg.breaks[n + 1:])
            first_end = rest[0][0] if rest else seg.x1
            left = Seg(seg.x0, end, seg.top, seg.bottom, seg.text[:off - 1], seg.first_w,
                       seg.breaks[:n])
            right = Seg(start, seg.x1, seg.top, seg.bottom, seg.text[off:], first_end - start,
                        rest)
            return left, right
    return None


def _bullet(ch: str) -> str:
    return "•" if ch >= "\ue000" or ch == "o" else ch


def wrapped(prev: Seg, nxt: Seg, right: float) -> bool:
    """Did prev's line end only because the next word would not fit before right?"""
    return prev.x1 + nxt.first_w + 0.3 * prev.h > right


def para_break(prev: Line, line: Line, right: float) -> bool:
    """Does line start a new paragraph after prev, in a column ending at right?"""
    if line.top > prev.top and line.top - prev.bottom > 0.45 * prev.h:
        return True
    if abs(line.h - prev.h) > 0.2 * prev.h or _LIST_START.match(line.text):
        return True
    return not wrapped(prev.segs[-1], line.segs[0], right)


def right_edges(lines: list[Line]) -> list[float]:
    """Where each line's column ends: the furthest end of the lines that start near it.

    A title or a running head set elsewhere on the page does not move the edge
    of the text below it.
    """
    return [max(other.x1 for other in lines if abs(other.x0 - line.x0) < 4 * line.h)
            for line in lines]


def join_lines(lines: list[Line], right: float | None = None) -> str:
    """The lines of one paragraph or cell as typed: wrapped lines joined, breaks kept."""
    if not lines:
        return ""
    if right is None:
        right = max(line.x1 for line in lines)
    out = lines[0].text
    for prev, line in zip(lines, lines[1:], strict=False):
        if para_break(prev, line, right):
            out += "\n" + line.text
        else:
            out = join_wrapped(out, line.text)
    return out.strip()


def join_wrapped(text: str, more: str) -> str:
    """Two wrapped lines as one, a hyphenated word mended.

    A hyphen before a small letter split a word; before a capital or a figure
    it is typed ("Anglo-Saxon", "10-12") and stays, with no space after it.
    """
    if text.endswith(("\u00ad", "\u2010")):
        return text[:-1] + more
    if text.endswith("-") and len(text) > 1 and text[-2].isalnum():
        return text[:-1] + more if more[:1].islower() else text + more
    return f"{text} {more}"
