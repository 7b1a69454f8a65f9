"""The combined report as HTML (the page), PDF (WeasyPrint from that HTML) and DOCX."""

import base64
import tempfile
from pathlib import Path

from django.template.loader import render_to_string

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def chart_data_uri(report) -> str | None:
    """The theme prevalence chart as an embedded PNG (no request needed to show it)."""
    from minutebook.themes.chart import chart_png

    png = chart_png(report.prevalence(), report.bodies)
    return f"data:image/png;base64,{base64.b64encode(png).decode()}" if png else None


def context(consultation, report) -> dict:
    def points(ids):
        return [(report.point_groups[i], report.point_text(i)) for i in ids]

    return {
        "c": consultation, "report": report, "chart": chart_data_uri(report),
        "shared": [(t, points(t.point_ids)) for t in report.themes],
        # Points that fit no theme were raised by one body alone: they belong with its
        # additional feedback, as in the combined reports clerks write by hand.
        "additional": [(body, [(t, points(t.point_ids)) for t in report.additional.get(body, [])],
                        [text for b, text in points(report.unassigned) if b == body])
                       for body in report.bodies],
    }


def pdf(request, consultation, report) -> bytes:
    from minutebook.exports.pdf import html_to_pdf

    html = render_to_string("consultations/report.html", context(consultation, report), request)
    return html_to_pdf(html)


def docx(report) -> bytes:
    from minutebook.themes.docx_render import write_docx

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.docx"
        write_docx(report, path)
        return path.read_bytes()
