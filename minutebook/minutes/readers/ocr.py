"""Pages without a text layer (scans), read by tesseract into the glyphs a text page gives.

tesseract is called directly on each page PDFium renders, not through ocrmypdf: only the
text is wanted, not a new PDF; the PDF reader already knows which pages lack text, so a
mixed document sends only those; and one small program (Debian's tesseract-ocr) with a
time limit per page is all there is to install or to go wrong.

Each word comes back with its box, so the page is laid out again as a text page is:
tables keep their columns. A scan fed in slightly askew gives sloping lines; the slope is
measured on tesseract's own lines and the boxes turned back level before layout.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import statistics
import subprocess

from ..errors import MinutesError

PACKAGES = "tesseract-ocr and tesseract-ocr-eng"
# Rendered at this resolution: tesseract is often said to want 300 dpi, but 200 reads
# 10-12 pt type as well here (150-300 dpi scans, tests/minutes) in 70% of the time.
DPI = 200
PAGE_SECONDS = 60
# A poster-sized page is read at less than DPI, to keep its picture within this many pixels.
MAX_PIXELS = 12_000_000
# OCR takes a second or two a page; minutes longer than this are not what it is for.
MAX_PAGES = 100
# Words tesseract is less sure of than this are most often specks and table borders.
MIN_CONFIDENCE = 30
# A slope above this is a page that is not text lines at all; it is left as it is.
_MAX_SKEW = math.radians(8)
# A table's ruled lines read as letters of their own, or stuck to a word.
_BORDERS = "|¦[]{}"

# Letters OCR takes for one another in words the conventions key on: "Cllr" comes back as
# "Clir", "CIlr" or "C1lr" on most scans.
_MISREAD = [(re.compile(r"^C[lIi1|!]{2}r(?=\W*$)"), "Cllr")]

Glyph = tuple[float, float, float, float, str, bool]
Rule = tuple[float, float, float]
# A drawn line at least this tall (points) is a border: taller than the letters of a title.
_RULE_POINTS = 20
_RULE_WIDTH = 4


def tesseract() -> str | None:
    return shutil.which("tesseract")


def missing_reason(pages: list[int], total: int) -> str:
    which = "it has no text layer" if len(pages) == total else (
        f"page{'s' if len(pages) > 1 else ''} {', '.join(map(str, pages))} "
        f"{'have' if len(pages) > 1 else 'has'} no text layer")
    return (f"{which} (a scan) and OCR is not installed "
            f"(install the Debian packages {PACKAGES})")


def render_scale(width: float, height: float) -> float:
    """Pixels a point to render a page of that size (in points) at: DPI, less for a poster."""
    scale = DPI / 72
    return min(scale, math.sqrt(MAX_PIXELS / max(width * height, 1.0)))


def pgm(buffer, width: int, height: int, stride: int) -> bytes:
    """A grey bitmap as a PGM image, which tesseract reads without any library of ours."""
    data = bytes(buffer)
    if stride != width:
        data = b"".join(data[y * stride:y * stride + width] for y in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + data


def read_image(image: bytes, scale: float, filename: str | None, page: int) -> tuple[
        list[Glyph], list[Rule]]:
    """The words of one page image and the cell borders drawn on it, in the page's points
    (scale turns pixels into points)."""
    program = tesseract()
    if program is None:
        raise MinutesError(filename, missing_reason([page], page))
    # One thread: on a shared machine tesseract's own threads make it several times slower.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([program, "stdin", "stdout", "-l", "eng", "--psm", "3", "tsv"],
                              input=image, capture_output=True, timeout=PAGE_SECONDS, env=env,
                              check=False)
    except subprocess.TimeoutExpired:
        raise MinutesError(filename, f"OCR of page {page} did not finish within "
                                     f"{PAGE_SECONDS} seconds") from None
    if done.returncode != 0:
        if b"Failed loading language" in done.stderr:
            raise MinutesError(filename, "cannot be read by OCR: tesseract has no English data "
                                         "(install the Debian package tesseract-ocr-eng)")
        reason = " ".join(done.stderr.decode("utf-8", "replace").split())[-200:]
        raise MinutesError(filename, f"OCR of page {page} failed ({reason or 'no reason given'})")
    glyphs, angle = words_to_glyphs(done.stdout.decode("utf-8", "replace"), scale)
    return glyphs, borders(image, angle, scale)


def words_to_glyphs(tsv: str, scale: float) -> tuple[list[Glyph], float]:
    """tesseract's TSV words as glyphs: level, the page turned level, a line's words one height."""
    lines: dict[tuple[str, str, str], list[tuple[float, float, float, float, str]]] = {}
    width = height = 0.0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        if cols[0] == "1":
            width, height = float(cols[8]), float(cols[9])
        text = cols[11].strip().strip(_BORDERS)
        if cols[0] != "5" or not text or float(cols[10]) < MIN_CONFIDENCE:
            continue
        for pattern, meant in _MISREAD:
            text = pattern.sub(meant, text)
        left, top, w, h = (float(c) for c in cols[6:10])
        lines.setdefault((cols[2], cols[3], cols[4]), []).append(
            (left, left + w, top, top + h, text))
    angle = _skew(list(lines.values()))
    cx, cy = width / 2, height / 2
    cos, sin = math.cos(-angle), math.sin(-angle)
    tall = {key: _tallest(words) for key, words in lines.items()}
    usual = statistics.median(tall.values()) if tall else 0.0
    glyphs: list[Glyph] = []
    for key, words in lines.items():
        turned = []
        for x0, x1, top, bottom, text in words:
            # The centre turned back about the page's centre; the box keeps its size.
            nx, ny = _turn((x0 + x1) / 2, (top + bottom) / 2, cx, cy, cos, sin)
            turned.append((nx - (x1 - x0) / 2, nx + (x1 - x0) / 2, ny, text))
        # A text layer gives every letter of a font one height, a little above its tallest
        # word; lines of the body's size get the same, so that paragraphs and headings
        # are told apart as on a text page.
        line_h = usual if abs(tall[key] - usual) <= 0.3 * usual else tall[key]
        half = 1.15 * line_h / 2
        middle = statistics.median(ny for _, _, ny, _ in turned)
        for x0, x1, _, text in sorted(turned):
            glyphs.append((x0 * scale, x1 * scale, (middle - half) * scale,
                           (middle + half) * scale, text, True))
    glyphs.sort(key=lambda g: (round(g[2]), g[0]))
    return glyphs, angle


def borders(image: bytes, angle: float, scale: float) -> list[Rule]:
    """The vertical lines drawn on a page image (a PGM), (x, top, bottom), the page turned
    level as its words are: a table's cell borders, which a text page gives as paths.

    A border is an unbroken column of dark pixels taller than any letter. Rows are taken
    four at a time (which also bridges a scan's small breaks in a line), and each band is
    slid sideways by the page's slope so that a border leaning with the page stands
    upright in one column.
    """
    import numpy as np

    width, height, offset = _pgm_size(image)
    pixels = np.frombuffer(image, np.uint8, width * height, offset).reshape(height, width)
    dark = pixels < 170  # a thin line comes out grey, more so once turned
    dark = dark[:, :-1] | dark[:, 1:]  # and may lean across two columns of pixels
    bands = dark[:height // 4 * 4].reshape(height // 4, 4, width - 1).any(axis=1)
    cx, cy, tan = width / 2, height / 2, math.tan(angle)
    if angle:  # band r slid right by its height over the centre times the slope
        shifts = np.rint((4 * np.arange(len(bands)) + 2 - cy) * tan).astype(np.intp)
        columns = (np.arange(width - 1)[None, :] - shifts[:, None]) % (width - 1)
        bands = np.take_along_axis(bands, columns, axis=1)
    tall = max(2, round(_RULE_POINTS / scale / 4))
    sums = np.zeros((len(bands) + 1, width - 1), np.int32)
    np.cumsum(bands, axis=0, out=sums[1:])
    full = sums[tall:] - sums[:-tall] == tall
    columns = np.flatnonzero(full.any(axis=0))
    cos, sin = math.cos(-angle), math.sin(-angle)
    rules: list[Rule] = []
    for run in np.split(columns, np.flatnonzero(np.diff(columns) > 1) + 1) if len(columns) else []:
        if len(run) * scale > _RULE_WIDTH:
            continue  # a filled shape, not a line
        rows = np.flatnonzero(full[:, run].any(axis=1))
        x = float(run.mean())
        for band in np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1):
            ends = []
            for y in (4.0 * band[0], 4.0 * (band[-1] + tall)):
                # Back where the border lies on the image, then turned level as the words are.
                ends.append(_turn(x - (y - cy) * tan, y, cx, cy, cos, sin))
            rules.append(((ends[0][0] + ends[1][0]) / 2 * scale, ends[0][1] * scale,
                          ends[1][1] * scale))
    return rules


def _turn(x: float, y: float, cx: float, cy: float, cos: float, sin: float):
    mx, my = x - cx, y - cy
    return cx + mx * cos - my * sin, cy + mx * sin + my * cos


def _pgm_size(image: bytes) -> tuple[int, int, int]:
    """Width, height and where the pixels start, of a PGM as pgm() writes it."""
    magic, size, depth, _ = image.split(b"\n", 3)
    width, height = (int(n) for n in size.split())
    return width, height, len(magic) + len(size) + len(depth) + 3


def _tallest(words) -> float:
    """The height of a line's letters: its tallest words but one (one may take in a speck)."""
    heights = sorted(w[3] - w[2] for w in words)
    return heights[-2] if len(heights) > 2 else heights[-1]


def _skew(lines: list[list[tuple[float, float, float, float, str]]]) -> float:
    """The page's slope in radians (positive: lines run down to the right), from long lines."""
    slopes = []
    for words in lines:
        if len(words) < 4:
            continue
        xs = [(w[0] + w[1]) / 2 for w in words]
        ys = [w[3] for w in words]  # baselines, roughly: the bottoms of the boxes
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread:
            slopes.append(sum((x - mean_x) * (y - mean_y)
                              for x, y in zip(xs, ys, strict=True)) / spread)
    if not slopes:
        return 0.0
    angle = math.atan(statistics.median(slopes))
    return angle if abs(angle) <= _MAX_SKEW else 0.0
