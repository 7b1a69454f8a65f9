"""Turn a minutes document into real records: meeting, attendance, items, entries, actions.

The parse is pure (minutebook.minutes); this module only maps its JSON onto the database.
Each document goes in its own transaction: a failure writes nothing for that document.
"""

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from minutebook.bodies.models import Body, Membership, Person, split_name
from minutebook.documents.models import Document, DocumentStatus
from minutebook.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Decision,
    EntryKind,
    ItemKind,
    Meeting,
    MeetingStatus,
    MinuteEntry,
    MinutesStatus,
)
from minutebook.minutes import MAX_FILE_BYTES, MinutesError, parse_blocks
from minutebook.minutes.readers import SUPPORTED, read_bytes
from minutebook.search.signals import indexing_deferred


class ImportRefused(Exception):
    """The document was read but cannot become a meeting; one line for the clerk."""


@dataclass
class Outcome:
    name: str
    status: str  # "imported", "unchanged", "failed", "needs_date"
    error: str = ""
    meeting: Meeting | None = None
    document: Document | None = None
    actions: int = 0
    decisions: int = 0
    people: int = 0
    warnings: list[str] = field(default_factory=list)


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


def import_path(path: str, body: Body, *, dry_run=False, user=None, date=None) -> Outcome:
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
    return import_bytes(data, name, body, dry_run=dry_run, user=user, date=date)


def import_bytes(data: bytes, name: str, body: Body, *, dry_run=False, user=None,
                 date=None) -> Outcome:
    """One document in its own transaction. date is the meeting's date for a document in
    which none was found; without it such a document is kept for review, not imported."""
    sha = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(sha256=sha, status=DocumentStatus.IMPORTED).first()
    if existing:
        return Outcome(name, "unchanged", meeting=existing.meeting, document=existing)
    try:
        parsed = parse_upload(data, name, body)
    except MinutesError as exc:
        return Outcome(name, "failed", str(exc))
    if not parsed.get("date") and date is not None:
        parsed["date"] = date.isoformat()
        parsed["warnings"] = [w for w in parsed.get("warnings") or [] if w != NO_DATE] + [
            f"The meeting date ({date:%-d %B %Y}) was given at import"]
    try:
        with transaction.atomic(), indexing_deferred():
            doc = Document.objects.filter(sha256=sha).first() or Document(sha256=sha)
            doc.original_name, doc.size, doc.body, doc.uploaded_by = name, len(data), body, user
            if not dry_run:
                doc.file.save(name, ContentFile(data), save=False)
            if not parsed.get("date"):
                outcome = keep_for_review(doc, parsed, dry_run)
            else:
                outcome = create_records(doc, parsed, body)
            if dry_run:
                transaction.set_rollback(True)
    except ImportRefused as exc:
        return Outcome(name, "failed", f"{name}: {exc}")
    return outcome


def keep_for_review(doc: Document, parsed: dict, dry_run: bool) -> Outcome:
    """A document without a date: kept with its parse, awaiting a date on its review page."""
    doc.parsed, doc.status = parsed, DocumentStatus.PARSED
    doc.warnings = list(parsed.get("warnings") or [])
    if not dry_run:
        doc.save()
    return Outcome(doc.original_name, "needs_date", document=doc, warnings=doc.warnings)


def create_records(doc: Document, parsed: dict, body: Body) -> Outcome:
    """Everything a parse says, as records. Must run inside a transaction."""
    if holds_nothing(parsed):
        raise ImportRefused("holds only a heading and a date; there is nothing to import")
    when = meeting_start(parsed)
    if Meeting.objects.filter(body=body, start__date=when.date()).exclude(
        agenda_items=None
    ).exists():
        raise ImportRefused(f"{body.name} already has minutes for {when:%d %B %Y}")
    meeting = Meeting.objects.filter(body=body, start__date=when.date()).first() or Meeting(
        body=body, start=when
    )
    meeting.venue = (parsed.get("venue") or meeting.venue or "")[:300]
    meeting.status = MeetingStatus.HELD
    meeting.save()
    people = People(parsed)
    record_attendance(meeting, parsed, people)
    action_entries: dict[str, list[MinuteEntry]] = {}
    items: dict[str, AgendaItem] = {}  # by title, for actions and decisions listed apart
    record_items(meeting, parsed.get("items") or [], people, action_entries, items)
    record_future_dates(meeting, parsed)
    actions = record_actions(meeting, parsed, people, action_entries, items)
    decisions = record_decisions(meeting, parsed, items)
    meeting.minutes_status = MinutesStatus.APPROVED
    meeting.save()
    doc.meeting, doc.parsed = meeting, parsed
    doc.warnings = list(parsed.get("warnings") or [])
    doc.status = DocumentStatus.IMPORTED
    doc.save()
    return Outcome(
        doc.original_name, "imported", meeting=meeting, document=doc, actions=actions,
        decisions=decisions, people=people.created, warnings=doc.warnings,
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


class People:
    """Resolves written names and initials to Person records, creating people once."""

    def __init__(self, parsed: dict):
        self.initials = {k: v for k, v in (parsed.get("initials") or {}).items() if v}
        self.cache: dict[str, Person] = {}
        self.created = 0

    def by_name(self, name: str) -> Person | None:
        name = " ".join(name.split())
        if not name:
            return None
        if name not in self.cache:
            found = list(Person.objects.named(name)[:2])
            if len(found) == 1:
                self.cache[name] = found[0]
            else:
                title, given, family = split_name(name)
                if not family:
                    return None
                self.cache[name] = Person.objects.create(
                    title=title[:30], given_name=given[:100], family_name=family[:100]
                )
                self.created += 1
        return self.cache[name]

    def by_reference(self, written: str) -> Person | None:
        """'RT' via the document's initials; a first name or full name via attendance."""
        if written in self.initials:
            return self.by_name(self.initials[written])
        matches = {
            person.pk: person for name, person in self.cache.items()
            if written in (name, name.split()[0], person.initials)
        }
        # Ambiguous references stay unresolved rather than guessed.
        return next(iter(matches.values())) if len(matches) == 1 else None


STATUS_KEYS = [
    ("present", AttendanceStatus.PRESENT),
    ("apologies", AttendanceStatus.APOLOGIES),
    ("absent", AttendanceStatus.ABSENT),
]


def record_attendance(meeting, parsed, people):
    seen = set()
    for key, status in STATUS_KEYS:
        for entry in parsed.get(key) or []:
            person = people.by_name(entry.get("name") or "")
            if person is None or person.pk in seen:
                continue
            seen.add(person.pk)
            role = entry.get("role") or ""
            Attendance.objects.create(
                meeting=meeting, person=person, name_as_written=entry["name"][:200],
                role_as_written=role[:200],
                status=AttendanceStatus.IN_ATTENDANCE if "attendance" in role.lower() else status,
            )


ITEM_KINDS = [
    (r"^(minutes|previous minutes|minutes of the (last|previous) meeting)", ItemKind.LAST_MINUTES),
    (r"matters arising", ItemKind.MATTERS_ARISING),
    (r"urgent", ItemKind.URGENT),
    (r"any other business|^aob\b", ItemKind.AOB),
    (r"(dates?|schedule) of (future|next) meetings?|^next meeting", ItemKind.FUTURE_DATES),
    (r"apologies|membership|welcome|declarations? of interest", ItemKind.STANDING),
]

ENTRY_KINDS = {k.value for k in EntryKind}


def item_kind(title: str) -> str:
    lowered = title.lower().strip()
    for pattern, kind in ITEM_KINDS:
        if re.search(pattern, lowered):
            return kind
    return ItemKind.SUBSTANTIVE


def record_items(meeting, items, people, action_entries, by_title, parent=None, counter=None):
    """The item tree with its entries; action entries are kept by item title so that each
    parsed action can be tied to the entry it came from (shown in the ACTION column)."""
    counter = counter if counter is not None else [0]
    for raw in items:
        counter[0] += 1
        item = AgendaItem.objects.create(
            meeting=meeting, parent=parent, order=counter[0],
            number=(raw.get("number") or "")[:20], title=(raw.get("title") or "Untitled")[:300],
            kind=item_kind(raw.get("title") or ""), confidential=bool(raw.get("confidential")),
        )
        if item.sealed or item.title not in by_title:  # where titles repeat, secrecy wins
            by_title[item.title] = item
        for n, entry in enumerate(raw.get("entries") or []):
            speakers = [p for p in map(people.by_reference, entry.get("speakers") or []) if p]
            made = MinuteEntry.objects.create(
                item=item, order=n, text=entry.get("text") or "",
                kind=entry.get("kind") if entry.get("kind") in ENTRY_KINDS else EntryKind.DISCUSSION,
                attribution=" and ".join(entry.get("speakers") or [])[:200],
                confidential=bool(entry.get("confidential")),
            )
            made.speakers.set(speakers)
            if made.kind == EntryKind.ACTION:
                action_entries.setdefault(item.title, []).append(made)
        record_items(meeting, raw.get("children") or [], people, action_entries, by_title, item,
                     counter)


def record_future_dates(meeting, parsed):
    dates = parsed.get("next_meetings") or []
    item = meeting.agenda_items.filter(kind=ItemKind.FUTURE_DATES).first()
    if not dates or item is None or item.entries.exists():
        return
    for n, raw in enumerate(dates):
        try:
            day = date.fromisoformat(raw.get("date") or "")
        except ValueError:
            continue
        kind = f"{raw['kind'].capitalize()} meeting: " if raw.get("kind") else ""
        MinuteEntry.objects.create(item=item, order=n, text=f"{kind}{day:%-d %B %Y}")


def record_actions(meeting, parsed, people, action_entries, items) -> int:
    for raw in parsed.get("actions") or []:
        pending = action_entries.get(raw.get("item") or "", [])
        item = items.get(raw.get("item") or "")
        written = [o for o in raw.get("owners") or [] if o]
        owners = [p for p in map(people.by_reference, written) if p]
        resolved = {people.by_reference(o) and o for o in written}
        due = raw.get("due")
        action = Action.objects.create(
            meeting=meeting, entry=pending.pop(0) if pending else None,
            text=raw.get("text") or "", due_date=due or None,
            owners_as_written=" & ".join(written)[:200],
            owner_groups=[o for o in written if o not in resolved],
            due_next_meeting=not due and "next meeting" in (raw.get("text") or "").lower(),
            # Under a confidential item, though written apart from it (an action table).
            confidential=bool(raw.get("confidential") or (item and item.sealed)),
        )
        action.owners.set(owners)
    return len(parsed.get("actions") or [])


def record_decisions(meeting, parsed, items) -> int:
    for n, raw in enumerate(parsed.get("decisions") or []):
        item = items.get(raw.get("item") or "")
        Decision.objects.create(
            meeting=meeting, text=raw.get("text") or "", order=n,
            confidential=bool(raw.get("confidential") or (item and item.sealed)),
        )
    return len(parsed.get("decisions") or [])

