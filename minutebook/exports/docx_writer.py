"""Minutes and agendas as Word documents in the clerks' standard layout.

Minutes are one table: the heading column (MINUTES, DATE, VENUE, MEMBERS and OFFICERS, then
the items), the text, and the ACTION column. Each entry has its own table row so that the
owners stand level with the entry; the rows of one item share a merged heading cell and no
rule between them, so the item still reads as one block.
"""

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor

from minutebook.exports.documents import CONFIDENTIAL, AgendaDoc, MinutesDoc

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Mm(210), Mm(297), Mm(18)
WIDTHS = (Mm(40), Mm(108), Mm(26))  # heading, text, ACTION: 174 mm between the margins
CONF_COLOUR = RGBColor(0x7A, 0x1F, 0x5C)
CONF_FILL = "FBEEF6"
MUTED = RGBColor(0x55, 0x55, 0x55)
# Elements that must follow w:tcBorders / w:shd inside w:tcPr, in schema order.
AFTER_BORDERS = ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                 "w:vAlign", "w:hideMark")


def minutes_docx(doc: MinutesDoc) -> bytes:
    document = new_document(doc, "Minutes")
    table = new_table(document, 3, WIDTHS)
    header = heading_row(table, ["MINUTES", doc.body_name.upper(), "ACTION"])
    if doc.status:
        note(header[1].add_paragraph(), doc.status)
    for label, text in [("DATE", doc.when), ("VENUE", doc.meeting.venue), *doc.attendance]:
        cells = add_row(table)
        bold(cells[0].paragraphs[0], label)
        cells[1].paragraphs[0].add_run(text)
    for section in doc.sections:
        add_section(table, section)
    add_future(document, doc.future)
    return saved(document)


def add_section(table, section):
    rows = []
    for line in section.lines:
        cells = add_row(table)
        write_entry(cells[1].paragraphs[0], line)
        if line.confidential:
            shade(cells[1], CONF_FILL)
        for n, owner in enumerate(line.owners):
            par = cells[2].paragraphs[0] if n == 0 else cells[2].add_paragraph()
            bold(par, owner)
        rows.append(cells)
    top = rows[0][0]
    heading = top.paragraphs[0]
    heading.paragraph_format.left_indent = Mm(4 * section.depth)
    bold(heading, section.heading)
    if section.confidential:
        run = top.add_paragraph().add_run(CONFIDENTIAL)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(8), CONF_COLOUR
    for above, below in zip(rows, rows[1:], strict=False):
        for col in (1, 2):
            border(above[col], "bottom", "nil")
            border(below[col], "top", "nil")
    if len(rows) > 1:
        top.merge(rows[-1][0])


def write_entry(par, line):
    if line.kind in ("withheld", "empty"):
        note(par, line.text or "–")
        return
    if line.confidential:
        run = par.add_run("CONFIDENTIAL ")
        run.bold, run.font.size, run.font.color.rgb = True, Pt(8), CONF_COLOUR
    if line.marker:
        bold(par, f"{line.marker} – ")
    if line.speakers:
        bold(par, f"{line.speakers} ")
    run = par.add_run(line.text)
    run.italic = line.kind in ("note", "nb")


def agenda_docx(doc: AgendaDoc) -> bytes:
    document = new_document(doc, "Agenda")
    title = document.add_paragraph()
    bold(title, doc.body_name.upper()).font.size = Pt(14)
    bold(document.add_paragraph(), "AGENDA").font.size = Pt(12)
    if doc.status:
        note(document.add_paragraph(), doc.status)
    table = new_table(document, 2, (Mm(40), Mm(134)))
    for label, text in [("DATE", doc.when), ("VENUE", doc.meeting.venue)]:
        cells = add_row(table)
        bold(cells[0].paragraphs[0], label)
        cells[1].paragraphs[0].add_run(text)
    document.add_paragraph()
    for line in doc.lines:
        add_agenda_line(document, line)
    add_future(document, doc.future)
    return saved(document)


def add_agenda_line(document, line):
    indent = Mm(14 + 10 * line.depth)
    par = document.add_paragraph()
    par.paragraph_format.left_indent = indent
    par.paragraph_format.first_line_indent = -Mm(14)
    par.paragraph_format.tab_stops.add_tab_stop(indent)
    par.paragraph_format.space_before = Pt(6 if line.depth == 0 else 2)
    par.paragraph_format.keep_with_next = bool(line.notes or line.actions)
    title = line.title.upper() if line.depth == 0 else line.title
    if line.withheld:
        bold(par, f"{line.number}\t")
    else:
        bold(par, f"{line.number}\t{title}")
    for text in line.notes:
        sub = document.add_paragraph()
        sub.paragraph_format.left_indent = indent
        run = note(sub, text)
        if text == CONFIDENTIAL:
            run.bold, run.italic, run.font.color.rgb = True, False, CONF_COLOUR
    for action in line.actions:
        item = document.add_paragraph(style="List Bullet")
        item.paragraph_format.left_indent = indent + Mm(6)
        item.add_run(action.text)
        detail = ", ".join(x for x in (action.owners, action.due) if x)
        if detail:
            bold(item, f" – {detail}")
        note(item, f" (raised {action.raised:%-d %B %Y})")


def add_future(document, future):
    if not future or not future.dates:
        return
    heading = document.add_paragraph()
    heading.paragraph_format.space_before = Pt(14)
    heading.paragraph_format.keep_with_next = True
    bold(heading, "Dates of Future Meetings").font.size = Pt(11)
    columns = [c for c in (future.executive_label, future.meeting_label) if c]
    table = new_table(document, len(columns), [Mm(50)] * len(columns))
    heading_row(table, columns)
    for d in future.dates:
        days = [d.executive, d.meeting] if future.executive_label else [d.meeting]
        cells = add_row(table)
        for cell, day in zip(cells, days, strict=True):
            cell.paragraphs[0].add_run(f"{day:%-d %B %Y}" if day else "–")


# Building blocks


def new_document(doc, kind: str):
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Mm(8)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(3)
    document.core_properties.title = doc.title
    document.core_properties.author = doc.body_name
    running_header(section.header.paragraphs[0], doc, kind)
    page_numbers(section.footer.paragraphs[0])
    return document


def running_header(par, doc, kind):
    tabs = par.paragraph_format.tab_stops
    # The Header style's own centre and right stops (for Letter paper) would catch the tab.
    for inches in (3.25, 6.5):
        tabs.add_tab_stop(Inches(inches), WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(PAGE_WIDTH - 2 * MARGIN, WD_TAB_ALIGNMENT.RIGHT)
    label = f"{kind} – {doc.date_label}" + (" – public version" if doc.public else "")
    run = par.add_run(f"{doc.body_name}\t{label}")
    run.font.size, run.font.color.rgb = Pt(8), MUTED


def page_numbers(par):
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("Page ", "PAGE", " of ", "NUMPAGES"):
        if part.isupper():
            field(par, part)
        else:
            par.add_run(part).font.size = Pt(8)


def field(par, instruction):
    """A Word field (page number, page count) that Word and LibreOffice fill in."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"),
                       ("end", None)):
        run = par.add_run()
        run.font.size = Pt(8)
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == instruction:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run._r.append(instr)
        else:
            run.text = text


def new_table(document, columns, widths):
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.autofit = False
    cell_margins(table, top=Mm(1), left=Mm(1.9), bottom=Mm(0.5), right=Mm(1.9))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    return table


def add_row(table):
    cells = table.add_row().cells
    widths = [column.width for column in table.columns]
    for cell, width in zip(cells, widths, strict=True):
        cell.width = width  # Word reads the cell width, LibreOffice the grid: set both
    return cells


def heading_row(table, labels):
    cells = add_row(table)
    for cell, label in zip(cells, labels, strict=True):
        bold(cell.paragraphs[0], label)
    # Repeat the heading row at the top of every page.
    cells[0]._tc.getparent().get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return cells


def cell_margins(table, **sides):
    margins = OxmlElement("w:tblCellMar")
    for side, size in sides.items():
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(int(size.twips)))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption",
                                           "w:tblDescription", "w:tblPrChange")


def bold(par, text):
    run = par.add_run(text)
    run.bold = True
    return run


def note(par, text):
    run = par.add_run(text)
    run.italic, run.font.color.rgb = True, MUTED
    return run


def border(cell, side, value):
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.insert_element_before(borders, *AFTER_BORDERS)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), value)
    # Schema order inside tcBorders: top before bottom.
    if side == "top":
        borders.insert(0, edge)
    else:
        borders.append(edge)


def shade(cell, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().insert_element_before(shd, *AFTER_BORDERS[1:])


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
