"""`minutebook import PATH... --body NAME [--date YYYY-MM-DD] [--dry-run]`: the clerk's
archive, as records. A document in which no meeting date was found is imported only when
--date gives one; until then it is listed as needing a date and waits on its review page."""

import os
import re
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from minutebook.bodies.models import Body
from minutebook.documents.following import follow_body
from minutebook.documents.importer import import_path
from minutebook.documents.models import Document, DocumentStatus
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

    def handle(self, *args, paths, body, dry_run, meeting_date=None, **options):
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
        console = Console(stderr=True, soft_wrap=True)
        totals = {"imported": 0, "unchanged": 0, "failed": 0, "needs_date": 0, "actions": 0,
                  "decisions": 0, "warnings": 0, "people": 0}
        undated = []
        columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn()]
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("Importing" if not dry_run else "Checking", total=len(files))
            legacy = [p for p in files if os.path.splitext(p)[1].lower() in LEGACY]
            converted = 0  # old Word files go through LibreOffice in batches, just ahead
            for path in files:
                if converted < len(legacy) and path == legacy[converted]:
                    batch = legacy[converted:converted + BATCH_FILES]
                    progress.update(task, description=f"Converting {count(len(batch), 'file')}")
                    prepare_paths(batch, MAX_FILE_BYTES, known=imported)
                    progress.update(task, description="Importing" if not dry_run else "Checking")
                    converted += len(batch)
                outcome = import_path(path, target, dry_run=dry_run, date=given)
                totals[outcome.status] += 1
                totals["actions"] += outcome.actions
                totals["decisions"] += outcome.decisions
                if outcome.status == "imported":
                    totals["warnings"] += len(outcome.warnings)
                totals["people"] += outcome.people
                if outcome.error:
                    progress.console.print(f"[red]error[/red] {outcome.error}", highlight=False)
                if outcome.status == "needs_date":
                    undated.append(outcome)
                progress.advance(task)
        verb = "Would import" if dry_run else "Imported"
        self.stdout.write(
            f"{verb} {count(totals['imported'], 'meeting')} with "
            f"{count(totals['actions'], 'action')}, {count(totals['decisions'], 'decision')}, "
            f"{count(totals['people'], 'new person', 'new people')} and "
            f"{count(totals['warnings'], 'warning')}; {totals['unchanged']} already imported, "
            f"{totals['failed']} failed, {totals['needs_date']} "
            f"{'needs' if totals['needs_date'] == 1 else 'need'} a date."
        )
        if totals["imported"] and not dry_run:
            followed = follow_body(target)
            if followed.links or followed.lapsed:
                self.stdout.write(f"Actions followed through later minutes: {followed.summary}.")
        for outcome in undated:
            where = (f"give it on its review page /documents/{outcome.document.pk}/ or"
                     if outcome.document and outcome.document.pk else "give it")
            self.stdout.write(f"needs a date: {outcome.name} (no meeting date was found; "
                              f"{where} with --date YYYY-MM-DD)")
        if totals["failed"] or totals["needs_date"]:
            raise SystemExit(1)
