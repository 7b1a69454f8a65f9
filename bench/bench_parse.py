"""Parsing speed: synthetic minutes as text, DOCX and PDF, read and parsed on one core.

    python bench/bench_parse.py [N]

Builds N text documents, N DOCX documents (python-docx) and N // 5 PDFs (the
DOCX layout written as HTML and rendered by WeasyPrint, two pages each, with a
running head and page numbers) in a temporary folder, then times
read_document + parse for each family and prints a line per format in docs/s.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from minutebook.minutes import parse_blocks, read_document  # noqa: E402

GIVEN = ["Alice", "Bruno", "Carys", "Dev", "Elin", "Farid", "Gwen", "Hugo", "Ines", "Jonah"]
FAMILY = ["Ashdown", "Brook", "Carew", "Dale", "Ellery", "Frome", "Garth", "Hale", "Ince"]
TOPICS = ["Budget monitoring", "School places", "Transport review", "Library hours",
          "Youth services", "Highways update", "Grant applications", "Staffing"]


def people(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(n)]


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def text_doc(rng: random.Random) -> str:
    members = people(rng, 8)
    lines = ["LOWFIELD DISTRICT SCHOOLS FORUM", "Minutes", "",
             f"Date: {rng.randint(1, 28)} March 2024", "Venue: Market Hall, Lowfield",
             "Present: " + ", ".join(members), "Apologies: " + "; ".join(people(rng, 2)), ""]
    for n, topic in enumerate(rng.sample(TOPICS, 6), 1):
        a, b = rng.sample(members, 2)
        lines += [f"{n}. {topic}",
                  f"{initials(a)} introduced the report on {topic.lower()}. "
                  f"{initials(b)} asked about the timetable and the costs involved.",
                  "The forum discussed the options at length and noted the risks.",
                  f"ACTION: {initials(a)} to circulate the revised paper by the next meeting.",
                  "RESOLVED: that the recommendations be approved.", ""]
    lines += ["Dates of future meetings", "15 May 2024", "10 July 2024"]
    return "\n".join(lines)


def docx_doc(rng: random.Random, path: Path) -> None:
    import docx

    members = people(rng, 8)
    document = docx.Document()
    document.add_heading("Lowfield District Schools Forum", 1)
    table = document.add_table(rows=0, cols=3)
    for label, value in (("MINUTES", "ACTION"), ("DATE", ""), ("VENUE", "")):
        row = table.add_row().cells
        row[0].text, row[2].text = label, value
    table.rows[1].cells[1].text = "12 March 2024"
    table.rows[2].cells[1].text = "Market Hall, Lowfield"
    row = table.add_row().cells
    row[0].text, row[1].text = "PRESENT", ", ".join(members)
    for topic in rng.sample(TOPICS, 6):
        a, b = rng.sample(members, 2)
        row = table.add_row().cells
        row[0].text = topic.upper()
        row[1].text = (f"{initials(a)} presented the update. {initials(b)} raised questions "
                       "about funding.\nThe forum agreed to keep this under review.")
        row[2].text = f"{initials(a)} to report back"
    document.save(path)


def pdf_doc(rng: random.Random, path: Path) -> None:
    """The DOCX layout as a bordered table in a PDF, long enough to run onto a second page."""
    from weasyprint import HTML

    members = people(rng, 8)
    rows = [("MINUTES", "", "ACTION"), ("DATE", f"{rng.randint(1, 28)} March 2024", ""),
            ("VENUE", "Market Hall, Lowfield", ""), ("PRESENT", ", ".join(members), "")]
    for topic in rng.sample(TOPICS, 6) + rng.sample(TOPICS, 6):
        a, b = rng.sample(members, 2)
        rows.append((topic.upper(),
                     f"{initials(a)} presented the update on {topic.lower()}. {initials(b)} "
                     "raised questions about funding and the timetable for the work.<br>"
                     "The forum agreed to keep this under review and to return to it in the "
                     "spring, when the figures for the year would be known.",
                     f"{initials(a)} to report back"))
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    HTML(string="<html><head><style>@page { size: A4; margin: 2cm; "
                "@top-center { content: 'Lowfield District Schools Forum' } "
                "@bottom-center { content: 'Page ' counter(page) } } "
                "body { font: 10.5pt sans-serif } table { border-collapse: collapse } "
                "td { border: 0.5pt solid #333; padding: 4pt; vertical-align: top }"
                f"</style></head><body><table>{cells}</table></body></html>").write_pdf(path)


def bench(paths: list[Path]) -> tuple[float, float]:
    """Documents a second by the clock, and by the CPU time this process used.

    On a shared machine the clock counts other people's work too; the CPU rate is
    what one core of our own gives.
    """
    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        parse_blocks(read_document(path))
    return (len(paths) / (time.perf_counter() - start),
            len(paths) / max(time.process_time() - cpu, 1e-9))


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 300
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts, docxs = [], []
        for i in range(n):
            path = folder / f"minutes-{i}.txt"
            path.write_text(text_doc(rng), encoding="utf-8")
            texts.append(path)
            path = folder / f"minutes-{i}.docx"
            docx_doc(rng, path)
            docxs.append(path)
        pdfs = []
        for i in range(max(1, n // 5)):
            path = folder / f"minutes-{i}.pdf"
            pdf_doc(rng, path)
            pdfs.append(path)
        text_rate, docx_rate, pdf_rate = bench(texts), bench(docxs), bench(pdfs)
    for name, (wall, cpu), count, target in (("text", text_rate, n, 300),
                                             ("docx", docx_rate, n, 50),
                                             ("pdf", pdf_rate, len(pdfs), 20)):
        print(f"{name + ':':5} {cpu:.0f} docs/s on one core ({wall:.0f} by the clock; "
              f"{count} docs{', 2 pages each' if name == 'pdf' else ''}; target >= {target})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
