"""Agendas and other papers from a clerk's folder, each kept with the meeting it belongs to.

An agenda becomes the agenda of its meeting: a scheduled meeting (held, if its date has
passed) with the agenda's items and no minutes. When the minutes of that meeting come too,
in either order, both documents belong to the one meeting and the minutes' items take the
agenda's place. Papers (reports, budgets, letters) are kept as documents of the meeting of
their date, or listed for the clerk where no meeting has that date yet.
"""

from datetime import date

from django.utils import timezone

from minutebook.documents import records
from minutebook.documents.models import Document, DocumentKind, DocumentStatus
from minutebook.meetings import sealing
from minutebook.meetings.models import Meeting, MeetingStatus, MinuteEntry, MinutesStatus


def meeting_on(body, day: date) -> Meeting | None:
    return Meeting.objects.filter(body=body, start__date=day).order_by("pk").first()


def has_minutes(meeting: Meeting) -> bool:
    """Minutes recorded, or begun: not only an agenda's headings."""
    return meeting.minutes_status != MinutesStatus.NONE or MinuteEntry.objects.filter(
        item__meeting=meeting).exists() or meeting.attendance.exists()


def clear_agenda(meeting: Meeting) -> None:
    """The agenda's items give way to the items of the minutes that record the meeting."""
    meeting.agenda_items.filter(parent=None).delete()


def record_agenda(doc: Document, parsed: dict, body, when) -> tuple[Meeting, int, str]:
    """The agenda's meeting with its items, unless it has items already. Must run inside a
    transaction. Returns the meeting, the items written and what became of the agenda."""
    meeting = meeting_on(body, when.date())
    new = meeting is None
    if new:
        meeting = Meeting(body=body, start=when, status=MeetingStatus.SCHEDULED)
    if meeting.status == MeetingStatus.SCHEDULED and when.date() < timezone.localdate():
        meeting.status = MeetingStatus.HELD  # its day has passed; no one said otherwise
    meeting.venue = meeting.venue or (parsed.get("venue") or "")[:300]
    meeting.save()
    written = 0
    if not meeting.agenda_items.exists():
        written = record_items(meeting, parsed)
    doc.kind, doc.meeting, doc.parsed = DocumentKind.AGENDA, meeting, parsed
    doc.warnings = agenda_warnings(parsed, written, meeting)
    doc.status = DocumentStatus.IMPORTED
    doc.save()
    state = "a new meeting" if new else "its meeting"
    if written:
        became = f"the agenda of {state} of {when:%-d %B %Y}, with {written} items"
    else:
        became = f"a document of the meeting of {when:%-d %B %Y}, which has its items already"
    return meeting, written, became


def record_items(meeting: Meeting, parsed: dict) -> int:
    raws = parsed.get("agenda") or [
        {**item, "entries": [], "children": [{**c, "entries": [], "children": []}
                                             for c in item.get("children") or []]}
        for item in parsed.get("items") or []]
    written = records.Written(meeting)
    with sealing.deferred():
        items, *_ = records.record_items(written, raws, records.People(parsed))
        written.finish()
    return len(items)


def agenda_warnings(parsed: dict, written: int, meeting: Meeting) -> list[str]:
    if written or meeting.agenda_items.exists():
        return []
    return ["No numbered list of items was found in the agenda"]


def place_paper(doc: Document, parsed: dict, body, meeting: Meeting | None = None
                ) -> tuple[Meeting | None, str]:
    """A paper kept with the meeting given, else that of its date; without one, listed for
    the clerk."""
    if meeting is None and parsed.get("date"):
        try:
            meeting = meeting_on(body, date.fromisoformat(parsed["date"]))
        except ValueError:
            meeting = None
    doc.kind, doc.parsed, doc.meeting = DocumentKind.PAPER, parsed, meeting
    doc.warnings = []
    doc.status = DocumentStatus.IMPORTED if meeting else DocumentStatus.PARSED
    doc.save()
    if meeting:
        return meeting, f"a paper of the meeting of {meeting.start:%-d %B %Y}"
    return None, "a paper listed for the clerk to place (no meeting of its date)"


def place_papers(body) -> set[int]:
    """Papers read before their meeting came in, each kept with it now: their keys."""
    placed = set()
    for doc in Document.objects.filter(body=body, kind=DocumentKind.PAPER,
                                       status=DocumentStatus.PARSED, meeting=None):
        meeting, _ = place_paper(doc, doc.parsed or {}, body)
        if meeting is not None:
            placed.add(doc.pk)
    return placed


def waiting(body):
    """Documents read but not yet part of any meeting: awaiting a date, or a place."""
    return Document.objects.filter(body=body, status=DocumentStatus.PARSED).order_by(
        "original_name")
