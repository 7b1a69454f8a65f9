"""The theme prevalence chart: horizontal bars, one row per theme, one bar per body, as a PNG.

It is drawn for print: the picture is WIDTH_IN inches wide at DPI dots an inch, and its text
is FONT_PT points at that size, a little larger than the report's 11 pt body text (the Word
file places it at exactly WIDTH_IN; the PDF page is wider, so it prints larger still).
Pillow's own scalable font is used, so no system font is needed.
"""

from __future__ import annotations

import io

COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
           (140, 86, 75)]
WIDTH_IN = 6.3
DPI = 200
FONT_PT = 11.5


def chart_png(rows: list[tuple[str, dict[str, int]]], bodies: list[str]) -> bytes | None:
    """rows: (theme label, {body: points}); None when Pillow is missing."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:
        return None
    size = round(FONT_PT / 72 * DPI)
    font = ImageFont.load_default(size=size)
    width = round(WIDTH_IN * DPI)
    pad, line = size // 2, round(size * 1.25)
    left = round(width * 0.45)  # the label column
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    legend = legend_rows(bodies, probe, font, width - 2 * pad, size)
    laid = [(wrap(label, probe, font, left - 2 * pad), counts) for label, counts in rows]
    bar = max(size, line * 0 + size)
    heights = [max(len(lines) * line, len(bodies) * (bar + 4)) + pad * 2 for lines, _ in laid]
    top = pad + len(legend) * line + pad
    img = Image.new("RGB", (width, top + sum(heights) + pad), "white")
    draw = ImageDraw.Draw(img)
    for r, items in enumerate(legend):
        x = pad
        for b, body in items:
            draw.rectangle([x, pad + r * line + 4, x + size - 8, pad + r * line + size - 4],
                           fill=COLOURS[b % len(COLOURS)])
            draw.text((x + size, pad + r * line), body, fill="black", font=font)
            x += size + int(draw.textlength(body, font=font)) + size
    most = max([max(c.values(), default=0) for _, c in rows] + [1])
    span = width - left - pad - size * 3
    y = top
    for (lines, counts), height in zip(laid, heights, strict=True):
        for n, text in enumerate(lines):
            draw.text((pad, y + pad + n * line), text, fill="black", font=font)
        for b, body in enumerate(bodies):
            value = counts.get(body, 0)
            y0 = y + pad + b * (bar + 4)
            length = round(span * value / most)
            draw.rectangle([left, y0, left + max(length, 2), y0 + bar - 2],
                           fill=COLOURS[b % len(COLOURS)])
            draw.text((left + length + 8, y0 - 2), str(value), fill="black", font=font)
        y += height
        draw.line([pad, y - 1, width - pad, y - 1], fill=(220, 220, 220), width=2)
    out = io.BytesIO()
    img.save(out, format="PNG", dpi=(DPI, DPI))
    return out.getvalue()


def wrap(text: str, draw, font, room: int, most: int = 3) -> list[str]:
    """The label in lines that fit `room` pixels (at most `most`, the last one shortened)."""
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and draw.textlength(trial, font=font) > room:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip(",;:") + " …"
    return lines or [""]


def legend_rows(bodies, draw, font, room, size) -> list[list[tuple[int, str]]]:
    rows, current, used = [], [], 0
    for b, body in enumerate(bodies):
        need = size * 2 + int(draw.textlength(body, font=font))
        if current and used + need > room:
            rows.append(current)
            current, used = [], 0
        current.append((b, body))
        used += need
    return rows + ([current] if current else [])
