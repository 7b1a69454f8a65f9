"""`minutebook combine POINTS.csv [--json] [--markdown] [--docx OUT.docx] [--title ...]`.

POINTS.csv: UTF-8, a header row with id, group and text in any order (extra columns ignored).
Bad input exits 2 with one line on stderr. Heavy modules load only once the input is read, so
--help and input errors stay instant.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

PROG = "minutebook combine"
REQUIRED = ("id", "group", "text")


class BadInput(Exception):
    pass


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description="Combine several groups' points "
                                     "into shared and group-specific themes.")
    parser.add_argument("csv", help="UTF-8 CSV with columns id, group, text")
    parser.add_argument("--json", action="store_true", help="print the JSON object (default)")
    parser.add_argument("--markdown", action="store_true", help="print the report as Markdown")
    parser.add_argument("--docx", metavar="OUT.docx", help="write the report as a Word file")
    parser.add_argument("--title", help="report title (default names the bodies)")
    parser.add_argument("--paper", help="the consultation paper the points answer")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its usage line
        return 0 if exc.code in (0, None) else 2
    try:
        rows = read_points(Path(args.csv))
        from .engine import InputError, Point, combine
    except BadInput as err:
        return fail(str(err))
    try:
        points = [Point(*row) for row in rows]
        with progress_display() as progress:
            report = combine(points, progress=progress, title=args.title, paper=args.paper)
    except InputError as err:
        return fail(str(err))
    if args.docx:
        try:
            from .docx_render import write_docx

            write_docx(report, Path(args.docx))
        except OSError as err:
            return fail(f"cannot write {args.docx}: {err.strerror or err}")
    if args.markdown:
        from .markdown import to_markdown

        sys.stdout.write(to_markdown(report))
    if args.json or not (args.markdown or args.docx):
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    return 0


def fail(reason: str) -> int:
    print(f"{PROG}: {' '.join(reason.split())}", file=sys.stderr)
    return 2


def read_points(path: Path) -> list[tuple[str, str, str]]:
    """(id, group, text) rows, or BadInput with the reason."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a directory") from None
    except OSError as err:
        raise BadInput(f"{path}: cannot read ({err.strerror or err})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    if not text.strip():
        raise BadInput(f"{path}: empty file")
    # strict: a quote never closed is an error, not a field that swallows the rest.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    started = 1
    try:
        header = [h.strip().lower() for h in next(reader)]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise BadInput(f"{path}: missing column{'s' if len(missing) > 1 else ''} "
                           f"{', '.join(missing)}")
        where = [header.index(c) for c in REQUIRED]
        rows = []
        started = reader.line_num + 1  # where the record being read begins
        for record in reader:
            line, started = started, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue  # blank line
            if len(record) <= max(where):
                raise BadInput(f"{path}: row {line}: {len(record)} of the {len(header)} "
                               "columns (is a comma or a quote missing?)")
            values = [record[i].strip() for i in where]
            if not values[0]:
                raise BadInput(f"{path}: row {line}: empty id")
            if not values[2]:
                raise BadInput(f"{path}: row {line}: empty text")
            rows.append((values[0], values[1], values[2]))
    except csv.Error as err:
        raise BadInput(f"{path}: row {started}: not valid CSV ({err}; "
                       "is a closing quote missing?)") from None
    if not rows:
        raise BadInput(f"{path}: no points (only a header row)")
    seen: set[str] = set()
    for pid, _, _ in rows:
        if pid in seen:
            raise BadInput(f"{path}: duplicate id {pid!r}")
        seen.add(pid)
    return rows


class progress_display:
    """A rich progress bar on stderr when it is a terminal; otherwise nothing."""

    def __enter__(self):
        self._progress = None
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import Progress

        self._progress = Progress(console=Console(file=sys.stderr), transient=True)
        self._progress.start()
        self._task = self._progress.add_task("combining", total=4)
        return self.update

    def update(self, stage: str, done: int, total: int) -> None:
        self._progress.update(self._task, description=stage, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
