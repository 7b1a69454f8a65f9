"""Write a Report as a Word document with a bar chart of theme prevalence by body.

The chart is a PNG drawn with Pillow (already installed: weasyprint needs it). Without Pillow
the same figures go into a table of text bars, so the document always carries the chart.
"""

from __future__ import annotations

import io
from pathlib import Path

from .report import Report, Theme

COLOURS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
           (140, 86, 75)]
CHART_HEADING = "Theme prevalence by body"


def write_docx(report: Report, path: Path) -> Path:
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_heading(report.title, level=0)
    if report.paper and report.paper not in report.title:
        doc.add_paragraph(report.paper).italic = True
    doc.add_paragraph(report.overview)
    doc.add_heading("1. Thematic feedback", level=1)
    if not report.themes:
        doc.add_paragraph("No theme was raised by more than one body.")
    for theme in report.themes:
        add_theme(doc, report, theme)
    doc.add_heading("2. Additional feedback", level=1)
    for body in report.bodies:
        doc.add_heading(f"Additional feedback from {body}", level=2)
        own = report.additional.get(body, [])
        # A point that fits no theme was raised by this body alone: it is additional feedback.
        singles = [pid for pid in report.unassigned if report.point_groups.get(pid) == body]
        if not own and not singles:
            doc.add_paragraph("No further points.")
        for theme in own:
            add_theme(doc, report, theme)
        for pid in singles:
            doc.add_paragraph(report.texts.get(pid, ""), style="List Bullet")
    doc.add_heading(CHART_HEADING, level=1)
    rows = report.prevalence()
    png = chart_png(rows, report.bodies)
    if png is not None:
        doc.add_picture(io.BytesIO(png), width=Inches(6.3))
    else:
        add_chart_table(doc, rows, report.bodies)
    doc.save(path)
    return path


def add_theme(doc, report: Report, theme: Theme) -> None:
    para = doc.add_paragraph()
    para.add_run(theme.label).bold = True
    para.add_run(f" ({', '.join(theme.groups)})")
    doc.add_paragraph(theme.summary)
    for pid in theme.point_ids:
        doc.add_paragraph(f"{report.texts.get(pid, '')} ({report.point_groups.get(pid, '')})",
                          style="List Bullet")


def chart_png(rows: list[tuple[str, dict[str, int]]], bodies: list[str]) -> bytes | None:
    """Horizontal grouped bars: one row per theme, one bar per body."""
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:
        return None
    font = ImageFont.load_default()
    bar_h, gap, left, width = 9, 10, 330, 1100
    row_h = bar_h * max(1, len(bodies)) + gap
    legend_h = 24
    height = legend_h + row_h * max(1, len(rows)) + 20
    most = max([max(c.values(), default=0) for _, c in rows] + [1])
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    x = 10
    for b, body in enumerate(bodies):  # legend
        colour = COLOURS[b % len(COLOURS)]
        draw.rectangle([x, 6, x + 12, 18], fill=colour)
        draw.text((x + 16, 5), body, fill="black", font=font)
        x += 24 + int(draw.textlength(body, font=font)) + 20
    for r, (label, counts) in enumerate(rows):
        top = legend_h + r * row_h
        draw.text((10, top + 2), shorten(label, 52), fill="black", font=font)
        for b, body in enumerate(bodies):
            y = top + b * bar_h
            length = int((width - left - 60) * counts.get(body, 0) / most)
            draw.rectangle([left, y, left + length, y + bar_h - 2],
                           fill=COLOURS[b % len(COLOURS)])
            draw.text((left + length + 4, y - 2), str(counts.get(body, 0)), fill="black",
                      font=font)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def add_chart_table(doc, rows, bodies) -> None:
    table = doc.add_table(rows=1, cols=len(bodies) + 1)
    table.rows[0].cells[0].text = "Theme"
    for b, body in enumerate(bodies):
        table.rows[0].cells[b + 1].text = body
    for label, counts in rows:
        cells = table.add_row().cells
        cells[0].text = label
        for b, body in enumerate(bodies):
            cells[b + 1].text = "█" * counts.get(body, 0) + f" {counts.get(body, 0)}"


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
