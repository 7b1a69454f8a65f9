"""Agreeing the previous minutes at the next meeting, with corrections kept as amendments."""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from minutebook.meetings.models import (
    AgendaItem,
    Amendment,
    Attendance,
    AttendanceStatus,
    EntryKind,
    ItemKind,
    Meeting,
    MinuteEntry,
    MinutesApproval,
    MinutesLocked,
    MinutesStatus,
)


@dataclass
class EntryCorrection:
    entry: MinuteEntry
    amended_text: str
    reason: str


@dataclass
class AttendanceCorrection:
    row: Attendance
    status: str
    note: str

    @property
    def reason(self) -> str:
        return self.note


class ApprovalRefused(Exception):
    pass


@transaction.atomic
def approve(minutes_of: Meeting, at: Meeting | None, corrections=(), user=None) -> MinutesApproval:
    """Approve `minutes_of` at meeting `at`; the original text stays, each correction is an
    Amendment beside it, and attendance corrections set corrected_status."""
    minutes_of = Meeting.objects.select_for_update().get(pk=minutes_of.pk)
    if minutes_of.minutes_status == MinutesStatus.APPROVED:
        raise ApprovalRefused("These minutes are already approved.")
    if minutes_of.minutes_status not in (MinutesStatus.DRAFT, MinutesStatus.CIRCULATED):
        raise ApprovalRefused("There are no minutes to approve yet.")
    approval = MinutesApproval.objects.create(
        minutes_of=minutes_of, approved_at=at, approved_by=user,
        approved_on=timezone.localtime(at.start).date() if at else timezone.localdate(),
        note="Agreed as an accurate record" + (", with corrections." if corrections else "."),
    )
    for c in corrections:
        amend(minutes_of, c, user, approval)
    minutes_of.minutes_status = MinutesStatus.APPROVED
    minutes_of.version += 1
    minutes_of.save()
    if at is not None:
        record_in_next_minutes(at, minutes_of, corrections)
    return approval


def amend(meeting: Meeting, correction, user=None, approval=None) -> Amendment:
    """Record one correction. Entries keep their original text; attendance gets the corrected
    status beside the original (allowed on approved minutes, as an amendment)."""
    if isinstance(correction, EntryCorrection):
        return Amendment.objects.create(
            approval=approval, meeting=meeting, entry=correction.entry,
            original_text=correction.entry.text, amended_text=correction.amended_text,
            reason=correction.reason, author=user,
        )
    row = correction.row
    if correction.status not in AttendanceStatus.values:
        raise ApprovalRefused(f"{correction.status!r} is not an attendance status.")
    original = row.get_effective_status_display()
    row.corrected_status, row.correction_note = correction.status, correction.note
    row.corrected_at = approval.approved_at if approval else None
    row.save(allow_amendment=True)
    return Amendment.objects.create(
        approval=approval, meeting=meeting, attendance=row,
        original_text=f"{row.name}: {original}",
        amended_text=f"{row.name}: {AttendanceStatus(correction.status).label}",
        reason=correction.note, author=user,
    )


def record_in_next_minutes(at: Meeting, minutes_of: Meeting, corrections):
    """Write the approval into the approving meeting's own minutes, as clerks do."""
    item = at.agenda_items.filter(kind=ItemKind.LAST_MINUTES).first()
    if item is None:
        try:
            item = AgendaItem.objects.create(meeting=at, title="Minutes", order=0,
                                             kind=ItemKind.LAST_MINUTES)
        except MinutesLocked:
            return
    text = "Agreed as an accurate record."
    if corrections:
        text = "Agreed as an accurate record, with corrections: " + "; ".join(
            c.reason for c in corrections if c.reason) + "."
    try:
        MinuteEntry.objects.create(item=item, kind=EntryKind.DECISION, text=text,
                                   order=item.entries.count() + 1)
    except MinutesLocked:
        pass
