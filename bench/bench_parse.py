"""Parsing speed: synthetic minutes as text and as DOCX, read and parsed on one core.

    python bench/bench_parse.py [N]

Builds N text documents and N DOCX documents (python-docx) in a temporary
folder, then times read_document + parse for each family and prints docs/s.
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


def bench(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        parse_blocks(read_document(path))
    return len(paths) / (time.perf_counter() - start)


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
        text_rate, docx_rate = bench(texts), bench(docxs)
    print(f"text: {text_rate:.0f} docs/s ({n} docs)")
    print(f"docx: {docx_rate:.0f} docs/s ({n} docs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
