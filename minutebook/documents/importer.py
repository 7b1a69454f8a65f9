"""Turn a minutes document into real records: meeting, attendance, items, entries, actions.

The parse is pure (minutebook.minutes); this module only maps its JSON onto the database.
Each document goes in its own transaction: a failure writes nothing for that document.
"""

import errno
import hashlib
import os
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.core.files.base import ContentFile
from django.db import DatabaseError, OperationalError, transaction
from django.utils import timezone

from minutebook.bodies.models import Body, Membership
from minutebook.documents import agendas, records
from minutebook.documents.models import Document, DocumentKind, DocumentStatus
from minutebook.meetings import sealing
from minutebook.meetings.models import Meeting, MeetingStatus, MinutesStatus
from minutebook.minutes import MAX_FILE_BYTES, MinutesError, parse_blocks
from minutebook.minutes.readers import SUPPORTED, read_bytes
from minutebook.search.signals import indexing_deferred


class ImportRefused(Exception):
    """The document was read but cannot become a meeting; one line for the clerk."""


class ImportStopped(Exception):
    """The import cannot go on (the disk is full, the database refuses writes): the run stops
    with one line; what was imported stays, and running it again finishes the rest."""


@dataclass
class Outcome:
    name: str
    status: str  # "imported", "unchanged", "failed", "needs_date", "needs_review"
    error: str = ""
    meeting: Meeting | None = None
    document: Document | None = None
    actions: int = 0
    decisions: int = 0
    people: int = 0
    warnings: list[str] = field(default_factory=list)
    kind: str = ""  # minutes, agenda or paper: minutebook.minutes.kinds
    why: list[str] = field(default_factory=list)
    became: str = ""  # what the document became, in a clerk's words


def known_people(body: Body) -> list[str]:
    members = Membership.objects.filter(body=body).select_related("person")
    return sorted({m.person.full_name for m in members})


def parse_upload(data: bytes, name: str, body: Body) -> dict:
    """Read and parse the bytes of a document; MinutesError when it cannot be read."""
    if len(data) > MAX_FILE_BYTES:
        raise MinutesError(name, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    ext = os.path.splitext(name)[1].lower()
    if ext not in SUPPORTED:
        raise MinutesError(name, f"unsupported file type '{ext or 'none'}'")
    return parse_blocks(read_bytes(data, ext, name), known_people(body), filename=name).to_json()


def import_path(path: str, body: Body, *, dry_run=False, user=None, date=None,
                store=True) -> Outcome:
    name = os.path.basename(path)
    try:
        if os.path.getsize(path) > MAX_FILE_BYTES:
            raise MinutesError(name, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return Outcome(name, "failed", f"{name}: cannot be opened ({exc.strerror})")
    except MinutesError as exc:
        return Outcome(name, "failed", str(exc))
    return import_bytes(data, name, body, dry_run=dry_run, user=user, date=date, store=store)


def import_bytes(data: bytes, name: str, body: Body, *, dry_run=False, user=None,
                 date=None, store=True) -> Outcome:
    """One document in its own transaction. date is the meeting's date for a document in
    which none was found; without it such a document is kept for review, not imported.
    dry_run writes nothing; store=False keeps the records but not the original file (for a
    caller rehearsing a whole folder in one transaction it rolls back)."""
    sha = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(sha256=sha, status=DocumentStatus.IMPORTED).first()
    if existing:
        copy = f" (as {existing.original_name})" if existing.original_name != name else ""
        return Outcome(name, "unchanged", meeting=existing.meeting, document=existing,
                       kind=existing.kind, became=f"already imported{copy}")
    try:
        parsed = parse_upload(data, name, body)
    except MinutesError as exc:
        return Outcome(name, "failed", str(exc))
    except Exception as exc:  # a reader's own bug must not end the clerk's whole import
        return Outcome(name, "failed", f"{name}: could not be read ({describe(exc)})")
    if not parsed.get("date") and date is not None:
        parsed["date"] = date.isoformat()
        parsed["warnings"] = [w for w in parsed.get("warnings") or [] if w != NO_DATE] + [
            f"The meeting date ({date:%-d %B %Y}) was given at import"]
    stored = []  # files written to storage: taken away again if the records are not
    try:
        with transaction.atomic(), indexing_deferred():
            doc = Document.objects.filter(sha256=sha).first() or Document(sha256=sha)
            doc.original_name, doc.size, doc.body, doc.uploaded_by = name, len(data), body, user
            if store and not dry_run:
                doc.file.save(name, ContentFile(data), save=False)
                stored.append(doc.file.name)
            outcome = record(doc, parsed, body, dry_run)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException as exc:
        for path in stored:
            doc.file.storage.delete(path)
        if isinstance(exc, ImportRefused):
            return Outcome(name, "failed", f"{name}: {exc}", kind=parsed.get("kind", ""))
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or disk_full(exc):
            raise ImportStopped(f"the disk is full ({name} was not imported)") from exc
        if isinstance(exc, OperationalError):
            raise ImportStopped(f"the database refused a write ({describe(exc)})") from exc
        if isinstance(exc, Exception):
            return Outcome(name, "failed", f"{name}: could not be imported ({describe(exc)}); "
                           "nothing of it was written", kind=parsed.get("kind", ""))
        raise  # Ctrl-C: nothing of this document was written
    outcome.kind, outcome.why = parsed.get("kind") or "minutes", list(parsed.get("kind_why") or [])
    return outcome


def record(doc: Document, parsed: dict, body: Body, dry_run: bool) -> Outcome:
    """The document as what it is: minutes, an agenda, or a paper. Inside a transaction."""
    kind = parsed.get("kind") or "minutes"
    if kind == "paper":
        meeting, became = agendas.place_paper(doc, parsed, body)
        return Outcome(doc.original_name, "imported" if meeting else "needs_review",
                       meeting=meeting, document=doc, became=became)
    if not parsed.get("date"):
        return keep_for_review(doc, parsed, dry_run)
    if kind == "agenda":
        meeting, _, became = agendas.record_agenda(doc, parsed, body, meeting_start(parsed))
        return Outcome(doc.original_name, "imported", meeting=meeting, document=doc,
                       warnings=doc.warnings, became=became)
    return create_records(doc, parsed, body)


def plural(n: int, one: str) -> str:
    return f"{n} {one}{'' if n == 1 else 's'}"


def describe(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full", PostgreSQL's disk_full (SQLSTATE 53100)."""
    cause = getattr(exc, "__cause__", None)
    return isinstance(exc, DatabaseError) and (
        "disk is full" in str(exc) or getattr(cause, "sqlstate", None) == "53100")


def keep_for_review(doc: Document, parsed: dict, dry_run: bool) -> Outcome:
    """A document without a date: kept with its parse, awaiting a date on its review page."""
    doc.parsed, doc.status = parsed, DocumentStatus.PARSED
    doc.kind = parsed.get("kind") or "minutes"
    doc.warnings = list(parsed.get("warnings") or [])
    if not dry_run:
        doc.save()
    return Outcome(doc.original_name, "needs_date", document=doc, warnings=doc.warnings,
                   became="kept until the meeting's date is given")


def create_records(doc: Document, parsed: dict, body: Body) -> Outcome:
    """Everything a parse says, as records. Must run inside a transaction."""
    if holds_nothing(parsed):
        raise ImportRefused("holds only a heading and a date; there is nothing to import")
    when = meeting_start(parsed)
    meeting = agendas.meeting_on(body, when.date())
    replaced = False
    if meeting is not None and meeting.agenda_items.exists():
        if agendas.has_minutes(meeting):
            raise ImportRefused(f"{body.name} already has minutes for {when:%d %B %Y}")
        agendas.clear_agenda(meeting)
        replaced = True
    meeting = meeting or Meeting(body=body, start=when)
    meeting.venue = (parsed.get("venue") or meeting.venue or "")[:300]
    meeting.status = MeetingStatus.HELD
    meeting.save()
    people, written = records.People(parsed), records.Written(meeting)
    with sealing.deferred():
        records.record_attendance(written, parsed, people)
        # By title: actions and decisions listed apart from their items (an action table).
        items, by_title, action_entries = records.record_items(
            written, parsed.get("items") or [], people)
        records.record_future_dates(written, parsed, items)
        actions = records.record_actions(written, parsed, people, action_entries, by_title)
        decisions = records.record_decisions(written, parsed, by_title)
        written.finish()
    meeting.minutes_status = MinutesStatus.APPROVED
    meeting.save()
    doc.meeting, doc.parsed, doc.kind = meeting, parsed, DocumentKind.MINUTES
    doc.warnings = list(parsed.get("warnings") or [])
    doc.status = DocumentStatus.IMPORTED
    doc.save()
    instead = " (taking the place of its agenda's items)" if replaced else ""
    return Outcome(
        doc.original_name, "imported", meeting=meeting, document=doc, actions=actions,
        decisions=decisions, people=people.created, warnings=doc.warnings,
        became=(f"the minutes of the meeting of {when:%-d %B %Y}{instead}: "
                f"{plural(len(items), 'item')}, {plural(actions, 'action')}, "
                f"{plural(decisions, 'decision')}"),
    )


# The parser's warning for a document without a date (minutebook/minutes/parser.py).
NO_DATE = "No meeting date was found"


def holds_nothing(parsed: dict) -> bool:
    """No one attending, nothing said under any item, no action or decision: not minutes."""
    def said(items) -> bool:
        return any(i.get("entries") or said(i.get("children") or []) for i in items)

    return not any(parsed.get(key) for key in ("present", "apologies", "absent", "actions",
                                               "decisions")) and not said(parsed.get("items") or [])


def meeting_start(parsed: dict) -> datetime:
    raw = parsed.get("date")
    if not raw:
        raise ImportRefused("needs a date: give the date of the meeting")
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise ImportRefused(f"the meeting date {raw!r} is not a date") from None
    return timezone.make_aware(datetime.combine(day, time(0, 0)))
