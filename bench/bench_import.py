#!/usr/bin/env python3
"""Import 1,000 generated minutes documents of mixed formats into a fresh SQLite database.

    python bench/bench_import.py [COUNT]

A clerk's folder holds Word, PDF, web pages and text side by side: the
documents go round text (.txt), Markdown, .docx, .html and .pdf in the shares
of FORMATS, each with its own date. The PDFs are rendered by WeasyPrint
beforehand (not timed). Target: 1,000 documents in under 2 minutes.
"""

import html
import io
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

GIVEN = ["Alan", "Beth", "Carl", "Dina", "Evan", "Fay", "Gus", "Hana", "Ivor", "Jill", "Kit", "Lena"]
FAMILY = ["Barker", "Cole", "Dunn", "Ellis", "Frost", "Grant", "Hale", "Irwin", "Judd", "Kemp"]
TOPICS = ["Transport", "Admissions", "Funding formula", "Attendance", "Recruitment", "Buildings",
          "Inclusion", "Curriculum", "Wellbeing", "Governance"]
# Out of every 20 documents.
FORMATS = [".txt"] * 6 + [".md"] * 2 + [".docx"] * 5 + [".html"] * 3 + [".pdf"] * 4
TARGET_SECONDS = 120


def minutes(n: int, rng: random.Random, topics: int = 4, more: int = 0) -> dict:
    """Meeting n's minutes: topics items, each said in two sentences and more besides.
    An item's action may be None (an item that raises none)."""
    people = rng.sample([f"{g} {f}" for g in GIVEN for f in FAMILY], 9)
    initials = ["".join(w[0] for w in p.split()) for p in people]
    items = []
    for topic in rng.sample(TOPICS, topics):
        a, b = rng.sample(initials[:7], 2)
        said = [f"{a} described the position on {topic.lower()} across the county.",
                f"{b} and {a} stressed the effect on small schools."]
        said += [f"{b} noted that the figures for {topic.lower()} in year {k + 1} of the plan "
                 f"would be revised once the schools had returned their forms." for k in range(more)]
        items.append((topic, said, f"{a} to report back on {topic.lower()} by the next meeting."))
    return {"date": date(2005, 1, 5) + timedelta(days=7 * n), "venue": f"Room {n % 17 + 1}, "
            "County Hall", "present": people[:7], "apologies": people[7:], "items": items}


def as_text(m: dict) -> str:
    lines = [
        "\tMINUTES", "\tBENCH FORUM", "\tACTION", "",
        "\tDATE", f"\t{m['date']:%d %B %Y}", "\t", "",
        "\tVENUE", f"\t{m['venue']}", "\t", "",
        "\tMEMBERS and OFFICERS", "\t" + ", ".join(m["present"]), "\t", "",
        "\tAPOLOGIES", "\t" + ", ".join(m["apologies"]), "\t", "",
        "\tMINUTES", "\tAgreed as an accurate record.", "\t", "",
        "\tDISCUSSION", "\tThe forum discussed the following.", "",
    ]
    for k, (topic, said, action) in enumerate(m["items"], start=1):
        lines += [f"{k}. {topic}", "", *said, *([f"ACTION – {action}"] if action else []), ""]
    lines += ["\t", "", "\tANY OTHER BUSINESS", "\tNone.", "\t"]
    return "\n".join(lines) + "\n"


def as_markdown(m: dict) -> str:
    lines = ["# Bench Forum: minutes", "", f"Date: {m['date']:%d %B %Y}",
             f"Venue: {m['venue']}", "", "Present: " + ", ".join(m["present"]),
             "Apologies: " + ", ".join(m["apologies"]), ""]
    for k, (topic, said, action) in enumerate(m["items"], start=1):
        lines += [f"## {k}. {topic}", "", *said, "", *([f"ACTION: {action}", ""] if action else [])]
    return "\n".join(lines)


def as_html(m: dict) -> str:
    """A heading table, then each item a row with the owner in the ACTION column."""
    def row(*cells):
        return "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"

    head = [row("Date", f"{m['date']:%d %B %Y}"), row("Venue", m["venue"]),
            row("Present", ", ".join(m["present"])), row("Apologies", ", ".join(m["apologies"]))]
    items = [row("Item", "Minute", "ACTION")]
    for k, (topic, said, action) in enumerate(m["items"], start=1):
        owner, _, task = (action or "").partition(" to ")
        agreed = f" Agreed that {owner} would {task}" if action else ""
        items.append(row(str(k), f"{topic}: {' '.join(said)}{agreed}", owner))
    return ("<html><head><title>Bench Forum</title><style>td{border:0.5pt solid #444;"
            "padding:3pt 5pt;vertical-align:top} table{border-collapse:collapse;width:100%}"
            "</style></head><body><h1>Bench Forum: minutes</h1>"
            f"<table>{''.join(head)}</table><p></p><table>{''.join(items)}</table></body></html>")


def write_docx(m: dict, path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Bench Forum"
    document.add_heading("Minutes", 1)
    table = document.add_table(rows=0, cols=2)
    for label, value in (("DATE", f"{m['date']:%d %B %Y}"), ("VENUE", m["venue"]),
                         ("PRESENT", ", ".join(m["present"])),
                         ("APOLOGIES", ", ".join(m["apologies"]))):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    items = document.add_table(rows=0, cols=3)
    cells = items.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = "Item", "Minute", "ACTION"
    for k, (topic, said, action) in enumerate(m["items"], start=1):
        cells = items.add_row().cells
        cells[0].text, cells[1].text = str(k), topic.upper()
        cells[1].add_paragraph(" ".join(said))
        cells[2].text = action or ""
    document.save(path)


def write(m: dict, ext: str, path: Path) -> None:
    if ext == ".txt":
        path.write_text(as_text(m), encoding="utf-8")
    elif ext == ".md":
        path.write_text(as_markdown(m), encoding="utf-8")
    elif ext == ".html":
        path.write_text(as_html(m), encoding="utf-8")
    elif ext == ".docx":
        write_docx(m, path)
    else:
        from weasyprint import HTML

        buffer = io.BytesIO()
        HTML(string=as_html(m)).write_pdf(buffer)
        path.write_bytes(buffer.getvalue())


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    home = Path(tempfile.mkdtemp(prefix="minutebook-bench-"))
    os.environ.update(MINUTEBOOK_HOME=str(home), DJANGO_SETTINGS_MODULE="minutebook.settings")
    os.environ.pop("DATABASE_URL", None)
    docs = home / "docs"
    docs.mkdir()
    rng = random.Random(7)
    made: dict[str, int] = {}
    for n in range(count):
        ext = FORMATS[n % len(FORMATS)]
        write(minutes(n, rng), ext, docs / f"minutes-{n:05d}{ext}")
        made[ext] = made.get(ext, 0) + 1

    import django

    django.setup()
    from django.core.management import call_command

    from minutebook.bodies.models import Body
    from minutebook.meetings.models import Action, Meeting

    call_command("migrate", verbosity=0)
    Body.objects.create(name="Bench Forum", slug="bench-forum")
    started, cpu = time.perf_counter(), time.process_time()
    try:
        call_command("import", str(docs), body="Bench Forum")
    except SystemExit as exc:
        print(f"import reported failures (exit {exc.code})")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    meetings, actions = Meeting.objects.count(), Action.objects.count()
    mix = ", ".join(f"{n} {ext}" for ext, n in sorted(made.items()))
    print(f"import: {count} documents ({mix}) in {elapsed:.1f} s ({count / elapsed:.0f} docs/s; "
          f"{cpu:.1f} s of CPU); {meetings} meetings, {actions} actions; "
          f"target < {TARGET_SECONDS} s for 1,000")
    return 0 if meetings == count else 1


if __name__ == "__main__":
    sys.exit(main())
