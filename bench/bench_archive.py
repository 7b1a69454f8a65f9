#!/usr/bin/env python3
"""A clerk's whole archive imported on one core: 1,000 minutes, of which 100 are old Word
files and 50 are scans of 2-4 pages, with actions followed from meeting to meeting.

    python bench/bench_archive.py [COUNT] [--keep]

(COUNT, 1,000 unless given, scales every kind alike: a tenth .doc, a twentieth scans.)

The folder is made first (not timed): year folders holding bench_import's generated
minutes in the usual formats (850), 100 saved as .doc by LibreOffice, and 50 longer ones
printed to PDF and scanned back at 200 dpi, some slightly askew. Each meeting from the
second on reviews the last one's actions under matters arising (done, carried forward,
no longer required, or silence), so that following has real reports to link.

Then the process is pinned to core 0 (as `taskset -c 0`; LibreOffice and tesseract
inherit it) and `minutebook import FOLDER --body NAME` runs in-process through
call_command, into a fresh SQLite database, following included. The time is split by
wrapping the functions the command goes through (nothing in the product is changed):
each part's own time, its callees' taken out. The last line is the score.
Target: 600 s.
"""

import functools
import importlib
import io
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_conversion import save_as_doc, scan_of, word_file  # noqa: E402
from bench_import import FORMATS, minutes, write  # noqa: E402

TARGET_SECONDS = 600
# How matters arising reports on each of the last meeting's actions, in turn.
REPORTS = ["Action {k} – done.", "{task} – carried forward.", "Action {k}: completed.",
           "Action {k} – no longer required.", None, "{topic}: ongoing, c/f."]


def kind_of(n: int) -> str:
    """Meeting n's format: every tenth a .doc, every twentieth a scan, the rest as usual."""
    if n % 10 == 3:
        return ".doc"
    if n % 20 == 7:
        return "scan"
    return FORMATS[n % len(FORMATS)]


def archive(rng: random.Random, count: int) -> list[dict]:
    """The meetings in date order, each after the first reviewing the last one's actions."""
    meetings, before = [], None
    for n in range(count):
        # A scan is of a longer meeting: ten items, which prints on two to four pages.
        m = minutes(n, rng, topics=10, more=rng.randint(0, 6)) if kind_of(n) == "scan" \
            else minutes(n, rng)
        if before is not None:
            lines = []
            for k, (topic, _, task) in enumerate(
                    [item for item in before["items"] if item[2]], start=1):
                line = REPORTS[(n + k) % len(REPORTS)]
                if line:
                    lines.append(line.format(k=k, task=task.rstrip("."), topic=topic))
            m["items"].insert(0, ("Matters arising", lines, None))
        meetings.append(m)
        before = m
    return meetings


def build(folder: Path, rng: random.Random, count: int) -> Counter:
    """The archive on disk, in year folders as a clerk keeps it; what it holds, by kind."""
    made: Counter = Counter()
    work = folder.parent / "making"
    work.mkdir()
    words, pages = [], Counter()
    for n, m in enumerate(archive(rng, count)):
        kind = kind_of(n)
        year = folder / f"{m['date']:%Y}" / "Minutes"
        year.mkdir(parents=True, exist_ok=True)
        name = f"{m['date']:%Y-%m-%d} minutes"
        if kind == ".doc":
            words.append((word_file(m, work / f"{name}.docx"), year))
        elif kind == "scan":
            typed = work / f"{name}.pdf"
            write(m, ".pdf", typed)
            count = scan_of(typed, year / f"{name}.pdf", degrees=rng.choice([0, 0, 0.5, -1, 1.5]))
            pages[count] += 1
        else:
            write(m, kind, year / f"{name}{kind}")
        made[kind] += 1
    by_year = defaultdict(list)
    for source, year in words:
        by_year[year].append(source)
    for year, sources in by_year.items():
        save_as_doc(sources, year)
    made["scan pages"] = sum(k * v for k, v in pages.items())
    print("scans by pages: " + ", ".join(f"{v} of {k}" for k, v in sorted(pages.items())))
    return made


class Ledger:
    """Time by part: each wrapped function's own wall time and CPU time (this process's and
    its children's: LibreOffice, tesseract), its wrapped callees' taken out."""

    def __init__(self):
        self.own: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])  # wall, CPU
        self.calls: Counter = Counter()
        self.stack: list[list[float]] = []

    def wrap(self, module, name: str, label: str) -> None:
        original = getattr(module, name)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            self.stack.append([0.0, 0.0])
            start = _clock()
            try:
                return original(*args, **kwargs)
            finally:
                spent = [b - a for a, b in zip(start, _clock(), strict=True)]
                inner = self.stack.pop()
                mine = self.own[label]
                for k in (0, 1):
                    mine[k] += spent[k] - inner[k]
                    if self.stack:
                        self.stack[-1][k] += spent[k]
                self.calls[label] += 1

        setattr(module, name, timed)


def _clock() -> tuple[float, float]:
    """Wall time, and CPU time of this process and its finished children."""
    t = os.times()
    return time.perf_counter(), t.user + t.system + t.children_user + t.children_system


def one_core() -> None:
    """Every thread of this process, and so every process it starts, on core 0."""
    for task in os.listdir("/proc/self/task"):
        os.sched_setaffinity(int(task), {0})


def instrument(ledger: Ledger) -> None:
    from minutebook.documents import following, importer
    from minutebook.minutes.readers import ocr, office

    command = importlib.import_module("minutebook.documents.management.commands.import")
    ledger.wrap(office, "_convert", "converting .doc (LibreOffice)")
    ledger.wrap(ocr, "read_image", "OCR: tesseract")
    ledger.wrap(ocr, "borders", "OCR: table borders")
    ledger.wrap(importer, "read_bytes", "reading files into blocks")
    ledger.wrap(importer, "parse_blocks", "parsing blocks into minutes")
    ledger.wrap(importer, "import_bytes", "writing records")
    ledger.wrap(command, "follow_body", "following: database")
    ledger.wrap(following, "follow", "following: reading reports")


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="minutebook-archive-"))
    os.environ.update(MINUTEBOOK_HOME=str(home), DJANGO_SETTINGS_MODULE="minutebook.settings")
    os.environ.pop("DATABASE_URL", None)
    folder = home / "archive"
    started = time.perf_counter()
    count = next((int(a) for a in sys.argv[1:] if a.isdigit()), 1000)
    made = build(folder, random.Random(17), count)
    print(f"archive made in {time.perf_counter() - started:.0f} s (not timed): "
          + ", ".join(f"{n} {kind}" for kind, n in sorted(made.items())))

    import django

    django.setup()
    from django.core.management import call_command

    from minutebook.bodies.models import Body
    from minutebook.documents.models import Document, DocumentStatus
    from minutebook.meetings.models import Action, ActionUpdate, Meeting

    call_command("migrate", verbosity=0)
    Body.objects.create(name="Archive Forum", slug="archive-forum")
    ledger = Ledger()
    instrument(ledger)
    one_core()
    load = os.getloadavg()
    said = io.StringIO()
    started, cpu = _clock()
    try:
        with redirect_stdout(said):
            call_command("import", str(folder), body="Archive Forum", stdout=said)
    except SystemExit as exc:
        print(f"import reported failures (exit {exc.code})")
    elapsed, cpu = (b - a for a, b in zip((started, cpu), _clock(), strict=True))
    print(said.getvalue().strip())

    files = sum(made[k] for k in made if k != "scan pages")
    docs = Document.objects.filter(status=DocumentStatus.IMPORTED).count()
    print(f"\n{files} files ({made['.doc']} .doc, {made['scan']} scans of {made['scan pages']} "
          f"pages) into {Meeting.objects.count()} meetings, {Action.objects.count()} actions, "
          f"{ActionUpdate.objects.count()} reports linked; load before {load[0]:.2f}, "
          f"after {os.getloadavg()[0]:.2f} (2 cores, shared)")
    # On a loaded machine wall time is CPU time plus waiting for the core; CPU is the part's
    # cost on a core of its own.
    print(f"{'part':32} {'wall s':>8} {'share':>6} {'CPU s':>8} {'calls':>6}")
    accounted = [0.0, 0.0]
    for label, (wall, used) in sorted(ledger.own.items(), key=lambda kv: -kv[1][1]):
        accounted = [accounted[0] + wall, accounted[1] + used]
        print(f"{label:32} {wall:8.1f} {wall / elapsed:6.0%} {used:8.1f} {ledger.calls[label]:6}")
    rest = elapsed - accounted[0]
    print(f"{'other (walk, progress, commits)':32} {rest:8.1f} {rest / elapsed:6.0%} "
          f"{cpu - accounted[1]:8.1f}")
    print(f"{'total':32} {elapsed:8.1f} {'':6} {cpu:8.1f}")
    if "--keep" in sys.argv:
        print(f"kept: {home}")
    else:
        import shutil

        shutil.rmtree(home, ignore_errors=True)
    print(f"archive-score seconds={elapsed:.1f} docs={docs} doc_files={made['.doc']} "
          f"scans={made['scan']} target={TARGET_SECONDS}")
    return 0 if docs == files and elapsed < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
