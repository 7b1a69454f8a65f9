"""`minutebook import PATH... --body NAME [--date YYYY-MM-DD] [--dry-run]`: the clerk's
archive, as records. A document in which no meeting date was found is imported only when
--date gives one; until then it is listed as needing a date and waits on its review page."""

import os
import re
from contextlib import contextmanager
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from minutebook.bodies.models import Body
from minutebook.documents.agendas import place_papers
from minutebook.documents.following import follow_body
from minutebook.documents.importer import ImportStopped, import_path
from minutebook.documents.models import Document, DocumentStatus
from minutebook.documents.tally import Tally
from minutebook.minutes import MAX_FILE_BYTES
from minutebook.minutes.readers.office import BATCH_FILES, LEGACY, prepare_paths


def documents_under(paths: list[str]) -> list[str]:
    """Files named, and every file in the folders named (recursively), in a stable order."""
    found = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(root, f) for f in sorted(files) if not f.startswith(".")]
        else:
            found.append(path)
    return found


def _date(text: str) -> date:
    """YYYY-MM-DD only: a clerk's 03/04/2024 could be either day-first or month-first."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(text)
    return date.fromisoformat(text.strip())


def imported(shas: set[str]) -> set[str]:
    """Of these hashes, the documents already imported: no need to convert them again."""
    return set(Document.objects.filter(sha256__in=shas, status=DocumentStatus.IMPORTED)
               .values_list("sha256", flat=True))


def count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


class Command(BaseCommand):
    help = "Import minutes documents (files or folders) into a body's meetings."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--body", required=True, help="the body's name or short name")
        parser.add_argument("--date", dest="meeting_date", metavar="YYYY-MM-DD",
                            help="the meeting date, for documents in which none was found")
        parser.add_argument("--dry-run", action="store_true", help="read and check, write nothing")

    def handle(self, *args, paths, body, dry_run, meeting_date=None, verbosity=1, **options):
        given = None
        if meeting_date:
            try:
                given = _date(meeting_date)
            except ValueError:
                raise CommandError(
                    f"--date {meeting_date!r} is not a date (write it YYYY-MM-DD)") from None
        target = Body.objects.filter(name__iexact=body).first() or Body.objects.filter(
            slug=body
        ).first()
        if target is None:
            known = ", ".join(Body.objects.values_list("name", flat=True)) or "none yet"
            raise CommandError(f"no body called {body!r} (known: {known})")
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            raise CommandError(f"no such file or folder: {missing[0]}")
        files = documents_under(paths)
        with rehearsal(dry_run):
            tally, stopped = self.read_all(files, target, dry_run, given, verbosity)
            followed = None
            if not stopped and tally.total - tally.count("failed") - tally.count("needs_date"):
                placed = place_papers(target)
                for outcome in list(tally.to_review):
                    if outcome.kind == "paper" and outcome.document.pk in placed:
                        tally.placed(outcome)
                # Also on a re-run with nothing new: the run before may have stopped in here.
                followed = follow_body(target)
        self.report(tally, dry_run, stopped)
        if followed and (followed.links or followed.lapsed):
            how = "as they would be " if dry_run else ""
            self.stdout.write(f"Actions {how}followed through later minutes: {followed.summary}.")
        for outcome in tally.to_review:
            self.stdout.write(review_line(outcome, dry_run))
        if stopped:
            raise SystemExit(130 if stopped.startswith("Stopped at") else 1)
        if tally.count("failed") or tally.count("needs_date"):
            raise SystemExit(1)

    def read_all(self, files, target, dry_run, given, verbosity) -> tuple[Tally, str | None]:
        console = Console(stderr=True, soft_wrap=True)
        tally, stopped = Tally(), None
        columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), TextColumn("{task.fields[current]}")]
        verb = "Checking" if dry_run else "Importing"
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task(verb, total=len(files), current="")
            legacy = [p for p in files if os.path.splitext(p)[1].lower() in LEGACY]
            converted = 0  # old Word files go through LibreOffice in batches, just ahead
            for n, path in enumerate(files):
                progress.update(task, current=shown(path))
                try:
                    if converted < len(legacy) and path == legacy[converted]:
                        batch = legacy[converted:converted + BATCH_FILES]
                        progress.update(task, description=f"Converting {count(len(batch), 'file')}")
                        prepare_paths(batch, MAX_FILE_BYTES, known=imported)
                        progress.update(task, description=verb)
                        converted += len(batch)
                    outcome = import_path(path, target, date=given, store=not dry_run)
                except KeyboardInterrupt:
                    stopped = f"Stopped at {shown(path)} ({n + 1} of {len(files)})"
                    break
                except ImportStopped as exc:
                    stopped = f"Stopped: {exc} at {shown(path)} ({n + 1} of {len(files)})"
                    break
                tally.add(outcome)
                if outcome.error:
                    progress.console.print(f"[red]error[/red] {outcome.error}", highlight=False)
                if dry_run or verbosity > 1:
                    self.stdout.write(line_for(outcome))
                progress.advance(task)
        return tally, stopped

    def report(self, tally: Tally, dry_run: bool, stopped: str | None) -> None:
        minutes = sum(tally.cells[s, "minutes"] for s in ("imported", "needs_review"))
        verb = "Would import" if dry_run else "Imported"
        dated = tally.count("needs_date")
        warnings = sum(len(o.warnings) for o in tally.to_review if o.status == "imported")
        self.stdout.write(
            f"{verb} {count(minutes, 'meeting')} with "
            f"{count(tally.actions, 'action')}, {count(tally.decisions, 'decision')}, "
            f"{count(tally.people, 'new person', 'new people')} and "
            f"{count(warnings, 'warning')}; "
            f"{tally.count('unchanged')} already imported, {tally.count('failed')} failed, "
            f"{dated} {'needs' if dated == 1 else 'need'} a date.")
        for line in tally.table():
            self.stdout.write("  " + line)
        for error in tally.failures:
            self.stdout.write(f"failed: {error}")
        if stopped:
            self.stdout.write(f"{stopped}: nothing of that file was written, and everything "
                              "before it is kept. Run the same command again to import the rest.")


def shown(path: str) -> str:
    """The file being read, short enough for the progress line."""
    name = os.path.basename(path)
    return name if len(name) <= 40 else name[:18] + "…" + name[-21:]


def line_for(outcome) -> str:
    """One file: what it is, why, and what it became (or would become)."""
    if outcome.status == "failed":
        return f"{outcome.name}: not imported: {outcome.error}"
    why = "; ".join(outcome.why[:3])
    kind = {"agenda": "an agenda", "paper": "a paper"}.get(outcome.kind, "minutes")
    return f"{outcome.name}: {kind}{f' ({why})' if why else ''} -> {outcome.became}"


@contextmanager
def rehearsal(dry_run: bool):
    """A dry run does everything in one transaction and rolls it back: each file is checked
    against those read before it (an agenda, then its minutes), as the real run would be."""
    if not dry_run:
        yield
        return
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def review_line(outcome, dry_run: bool = False) -> str:
    doc = outcome.document
    page = f"/documents/{doc.pk}/" if doc is not None and doc.pk and not dry_run else ""
    if outcome.status == "needs_date":
        where = f"give it on its review page {page} or" if page else "give it"
        return (f"needs a date: {outcome.name} (no meeting date was found; "
                f"{where} with --date YYYY-MM-DD)")
    if outcome.kind == "paper" and outcome.status == "needs_review":
        return f"needs review: {outcome.name} (a paper with no meeting of its date) {page}".rstrip()
    first = outcome.warnings[0] if outcome.warnings else ""
    more = f" and {count(len(outcome.warnings) - 1, 'more', 'more')}" if len(outcome.warnings) > 1 else ""
    return f"needs review: {outcome.name} ({first}{more}) {page}".rstrip()
