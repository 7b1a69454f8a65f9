"""Minutes laid out as clerks lay them out: built in Word with python-docx, and as PDF.

The PDFs are rendered by WeasyPrint from HTML written here, so each has a real
text layer with the layout to recover: tables, two columns, running heads,
page numbers, hyphenation. Every council, person and sentence is invented.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

COUNCIL = "Ashcombe Parish Council"
HEADING_ROWS = [("Meeting", "Full Council"), ("Date", "Tuesday 14th May 2024"),
                ("Time", "7.30pm"), ("Venue", "The Reading Room, Ashcombe")]
MEMBERS = ["Cllr Rhona Tiverton", "Cllr Owain Pellow", "Cllr Maud Arkwright",
           "Cllr Teodor Vance", "Cllr Priya Oldcastle", "Cllr Sefton Marr"]
# Item, minute text, owner initials in the ACTION column.
ITEMS = [
    ("1", "Apologies", "Apologies were received from Cllr Ines Fairlie.", ""),
    ("2", "Minutes of the last meeting",
     "The minutes of the meeting held on 9 April were agreed as a true record.", ""),
    ("3", "Footpaths",
     "Cllr Pellow reported that the stile on the bridleway behind Mill Lane had broken "
     "again and walkers were climbing the fence beside it.", "OP"),
    ("4", "Village hall",
     "The booking secretary's report was noted. The boiler service is overdue and the "
     "committee asked for three quotations before the next meeting.", "RT"),
    ("5", "Planning",
     "No objection was raised to the extension at Wren Cottage. The council asked that "
     "the hedge along the lane be kept.", "MA"),
]
ACTIONS = [("Write to the highways team about the culvert", "Clerk", "30 May 2024"),
           ("Obtain three quotations for the boiler service", "RT", "11 June 2024"),
           ("Repair the stile on the bridleway", "OP", "11 June 2024")]


# ---------------------------------------------------------------- Word

def _doc(header: str | None = None) -> docx.document.Document:
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    return document


def _table(document, rows, style: str | None = "Table Grid"):
    table = document.add_table(rows=0, cols=len(rows[0]))
    if style:
        table.style = style
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            lines = value.split("\n")
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    return table


def heading_table_docx(path: Path) -> Path:
    """The body's name in the page header; date and venue in a table at the top."""
    document = _doc(header=COUNCIL)
    document.add_heading("Minutes", 1)
    _table(document, HEADING_ROWS)
    document.add_paragraph("Present: " + ", ".join(MEMBERS[:4]))
    document.add_paragraph("1. Apologies")
    document.add_paragraph("Apologies were received from Cllr Ines Fairlie.")
    document.save(path)
    return path


def attendance_columns_docx(path: Path, columns: int = 3) -> Path:
    """Members present set out in two or three columns under a label."""
    document = _doc()
    document.add_paragraph(f"{COUNCIL} – minutes of the meeting held on 14 May 2024")
    document.add_paragraph("Present:")
    rows = [MEMBERS[i:i + columns] for i in range(0, len(MEMBERS), columns)]
    _table(document, [r + [""] * (columns - len(r)) for r in rows], style=None)
    document.add_paragraph("Apologies: Cllr Ines Fairlie")
    document.save(path)
    return path


def attendance_grid_docx(path: Path) -> Path:
    """A register: one row a member, P (present), A (apologies) or S (absent)."""
    document = _doc()
    document.add_paragraph("Kettlewick School Governors – 3 October 2023")
    marks = ["P", "P", "A", "P", "S", "P"]
    _table(document, [("Governor", "Attendance")] + list(zip(MEMBERS, marks, strict=True)))
    document.add_paragraph("Key: P present, A apologies, S absent")
    document.save(path)
    return path


def action_column_docx(path: Path) -> Path:
    """Each item a row: number, minute, and the owner's initials under ACTION."""
    document = _doc(header=COUNCIL)
    document.add_paragraph("Minutes of the meeting held on Tuesday 14th May 2024")
    rows = [("Item", "Minute", "ACTION")]
    rows += [(n, f"{title}\n{text}", owner) for n, title, text, owner in ITEMS]
    _table(document, rows)
    document.save(path)
    return path


def action_table_docx(path: Path) -> Path:
    """Narrative minutes, then the actions gathered in a table at the end."""
    document = _doc()
    document.add_paragraph(f"{COUNCIL}: minutes of 14 May 2024")
    for n, title, text, _ in ITEMS:
        document.add_paragraph(f"{n}. {title}")
        document.add_paragraph(text)
    document.add_paragraph("Actions arising")
    _table(document, [("Action", "Owner", "Due")] + ACTIONS)
    document.save(path)
    return path


def merged_cells_docx(path: Path) -> Path:
    """A title row merged across the table, and an item number merged down two rows."""
    document = _doc()
    table = _table(document, [("MINUTES OF THE FINANCE COMMITTEE", "", ""),
                              ("Item", "Minute", "Action"),
                              ("6", "Grants: the youth club's bid was approved.", "Clerk"),
                              ("", "The bowls club will be asked to reapply.", "MA")])
    table.cell(0, 0).merge(table.cell(0, 2))
    table.cell(2, 0).merge(table.cell(3, 0))
    document.save(path)
    return path


def text_box_docx(path: Path) -> Path:
    """Date and venue typed in a text box floating beside the title."""
    document = _doc()
    anchor = document.add_paragraph("Harrowgate Allotment Society")
    box_lines = ["Date: 9 October 2023", "Venue: Old School, Kettlewick"]
    anchor._p.append(_text_box_run(box_lines))
    document.add_paragraph("Present: Bryn Castell, Ottilie Parr")
    document.save(path)
    return path


def _text_box_run(lines: list[str]):
    """A run holding a text box as Word writes it: the shape, and a VML copy for old readers."""
    paras = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    xml = (
        f'<w:r {nsdecls("w", "wp", "a")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:extent cx="1800000" cy="600000"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
        f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>')
    return parse_xml(xml)


def frame_table_docx(path: Path) -> Path:
    """The whole minutes drawn inside a one-cell table, with the ACTION table nested in it."""
    document = _doc()
    frame = document.add_table(rows=1, cols=1)
    cell = frame.cell(0, 0)
    cell.text = f"{COUNCIL}"
    cell.add_paragraph("Date: 14 May 2024")
    cell.add_paragraph("Present: " + ", ".join(MEMBERS[:3]))
    inner = cell.add_table(rows=0, cols=3)
    for values in [("Item", "Minute", "ACTION")] + [(n, text, owner)
                                                     for n, _, text, owner in ITEMS[2:]]:
        for c, value in zip(inner.add_row().cells, values, strict=True):
            c.text = value
    document.save(path)
    return path


def nested_cell_docx(path: Path) -> Path:
    """A small table of figures typed inside a minute's cell."""
    document = _doc()
    table = _table(document, [("Item", "Minute", "Action"),
                              ("7", "Finance\nThe balances were reported:", "Clerk")])
    figures = table.cell(1, 1).add_table(rows=0, cols=2)
    for values in [("Current account", "£4,210"), ("Reserve account", "£12,900")]:
        for c, value in zip(figures.add_row().cells, values, strict=True):
            c.text = value
    document.save(path)
    return path


# ---------------------------------------------------------------- PDF

PAGE_CSS = """
@page { size: A4; margin: 2.2cm 2cm;
  @top-center { content: "%(head)s"; font-size: 9pt }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt } }
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.3 }
table { border-collapse: collapse; width: 100%% }
td, th { border: 0.5pt solid #444; padding: 4pt 6pt; vertical-align: top; text-align: left }
p { margin: 0 0 6pt }
"""


def render_pdf(body: str, path: Path, head: str = COUNCIL, css: str = "") -> Path:
    from weasyprint import HTML

    html = (f'<html lang="en"><head><style>{PAGE_CSS % {"head": head}}{css}</style></head>'
            f"<body>{body}</body></html>")
    HTML(string=html).write_pdf(path)
    return path


def _rows_html(rows, header: bool = True) -> str:
    out = []
    for i, row in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = "".join(f"<{tag}>{c.replace(chr(10), '<br>')}</{tag}>" for c in row)
        out.append(f"<tr>{cells}</tr>")
    return "<table>" + "".join(out) + "</table>"


def action_column_pdf(path: Path, repeat: int = 1) -> Path:
    """The ACTION-column minutes as a PDF; repeat makes them run over several pages."""
    rows = [("Item", "Minute", "ACTION")]
    for k in range(repeat):
        for n, title, text, owner in ITEMS:
            number = str(int(n) + k * len(ITEMS))
            rows.append((number, f"<b>{title}</b><br>{text}", owner))
    body = ("<p>Minutes of the meeting held on Tuesday 14th May 2024</p>"
            + _rows_html([HEADING_ROWS[0], *HEADING_ROWS[1:]], header=False)
            + "<p>&nbsp;</p>" + _rows_html(rows))
    return render_pdf(body, path)


def attendance_columns_pdf(path: Path, columns: int = 3) -> Path:
    """Names in columns with no borders, as a clerk lines them up with tabs."""
    rows = [MEMBERS[i:i + columns] for i in range(0, len(MEMBERS), columns)]
    cells = "".join("<tr>" + "".join(f"<td>{name}</td>" for name in row) + "</tr>"
                    for row in rows)
    body = (f"<p>{COUNCIL} – minutes of the meeting held on 14 May 2024</p><p>Present:</p>"
            f'<table class="plain">{cells}</table><p>Apologies: Cllr Ines Fairlie</p>')
    return render_pdf(body, path, css=".plain td { border: none; padding: 1pt 0 }")


def action_table_pdf(path: Path) -> Path:
    paras = "".join(f"<p>{n}. {title}</p><p>{text}</p>" for n, title, text, _ in ITEMS)
    body = (f"<p>{COUNCIL}: minutes of 14 May 2024</p>" + paras
            + "<p>Actions arising</p>" + _rows_html([("Action", "Owner", "Due"), *ACTIONS]))
    return render_pdf(body, path)


TWO_COLUMN_CSS = ".cols { columns: 2; column-gap: 1.2cm; text-align: justify; hyphens: auto }"
LEFT = ("The churchyard working party met twice over the winter and cleared the brambles "
        "from the north wall, where the older headstones had become overgrown and "
        "unreadable. Volunteers recorded every inscription before any stone was moved.")
RIGHT = ("Correspondence from the diocesan surveyor confirmed that the lychgate roof needs "
         "reshingling before next autumn, and that the parish is responsible for "
         "arranging and financing the work through its maintenance reserve.")


def two_column_pdf(path: Path) -> Path:
    """A newsletter-style page: a title across, then text in two justified columns."""
    left = "".join(f"<p>{LEFT}</p>" for _ in range(3))
    right = "".join(f"<p>{RIGHT}</p>" for _ in range(3))
    body = (f"<h1>{COUNCIL}</h1><p>Minutes of the annual parish meeting, 14 May 2024</p>"
            f'<div class="cols">{left}<p style="break-before: column">{RIGHT}</p>'
            f"{right}</div>")
    return render_pdf(body, path, css=TWO_COLUMN_CSS)


HYPHEN_CSS = (".narrow { width: 5.5cm; hyphens: auto; text-align: justify } "
              "p { margin-bottom: 10pt }")
LONG_WORDS = ("The councillors considered the extraordinarily comprehensive "
              "neighbourhood infrastructure reconsideration, and the representatives "
              "unanimously acknowledged the responsibilities of the environmental "
              "subcommittee regarding the characteristically unpredictable watercourse.")


def hyphenated_pdf(path: Path) -> Path:
    body = f'<div class="narrow"><p>{LONG_WORDS}</p><p>Next paragraph here.</p></div>'
    return render_pdf(body, path, css=HYPHEN_CSS)


def image_only_pdf(path: Path) -> Path:
    """A page with a picture and no text, as a scan gives."""
    import base64
    import io

    from PIL import Image
    from weasyprint import HTML

    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 190, 170)).save(buffer, "PNG")
    src = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
    HTML(string=f'<html><body><img src="{src}" style="width:10cm"></body></html>').write_pdf(path)
    return path


def register_and_actions_pdf(path: Path, pages: int = 1) -> Path:
    """Minutes as a scan test wants them: a date, who came, minutes, an action table;
    pages > 1 runs the minutes over that many pages."""
    paras = "".join(f"<p>{n}. {title}</p><p>{text}</p>" for n, title, text, _ in ITEMS)
    breaks = "".join(f'<p style="break-before: page">{n + 2}. Correspondence</p>'
                     f"<p>Letter {n + 1} from a resident about parking was read out.</p>"
                     for n in range(pages - 1))
    body = (f"<p>{COUNCIL}</p><p>Minutes of the meeting held on Tuesday 14th May 2024</p>"
            f"<p>Present: {', '.join(MEMBERS[:4])}</p>" + paras + breaks
            + "<p>Actions arising</p>" + _rows_html([("Action", "Owner", "Due"), *ACTIONS]))
    return render_pdf(body, path)
