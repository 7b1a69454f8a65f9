"""Write a Report as a Word document with a bar chart of theme prevalence by body.

The chart is chart.py's PNG, placed at the width it was drawn for, so its text prints at the
size of the body text. Without Pillow the same figures go into a table of text bars.
"""

from __future__ import annotations

import io
from pathlib import Path

from .chart import WIDTH_IN, chart_png
from .report import Report, Theme

CHART_HEADING = "Theme prevalence by body"


def write_docx(report: Report, path: Path) -> Path:
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_heading(report.title, level=0)
    if report.paper and report.paper not in report.title:
        doc.add_paragraph().add_run(report.paper).italic = True
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
            doc.add_paragraph(report.point_text(pid), style="List Bullet")
    doc.add_heading(CHART_HEADING, level=1)
    rows = report.prevalence()
    png = chart_png(rows, report.bodies)
    if png is not None:
        doc.add_picture(io.BytesIO(png), width=Inches(WIDTH_IN))
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
        doc.add_paragraph(f"{report.point_text(pid)} ({report.point_groups.get(pid, '')})",
                          style="List Bullet")


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

