"""What the clerk's minutes editor does to the records, apart from any page."""

from django.db import transaction
from django.utils import timezone

from minutebook.bodies.references import resolve
from minutebook.meetings.models import (
    Action,
    Attendance,
    Decision,
    EntryKind,
    Meeting,
    MinuteEntry,
    MinutesApproval,
    MinutesLocked,
    MinutesStatus,
)


class EditConflict(Exception):
    """Someone else saved this record since it was opened; nothing was overwritten."""


NEXT_STATUS = {
    MinutesStatus.NONE: [MinutesStatus.DRAFT],
    MinutesStatus.DRAFT: [MinutesStatus.CIRCULATED],
    MinutesStatus.CIRCULATED: [MinutesStatus.DRAFT, MinutesStatus.APPROVED],
    MinutesStatus.APPROVED: [],
}


@transaction.atomic
def save_entry(item, data: dict, entry: MinuteEntry | None = None) -> MinuteEntry:
    """Create or update an entry from the editor form's cleaned data.

    An action entry keeps one Action in step with it; a decision entry keeps one Decision.
    """
    meeting = item.meeting
    if entry is None:
        entry = MinuteEntry(item=item, order=item.entries.count() + 1)
    else:
        current = MinuteEntry.objects.select_for_update().get(pk=entry.pk)
        # An edit must say which version it was made on; one that does not could be made on
        # any text, so it is refused like a clash rather than saved over a newer one.
        if data.get("version") is None:
            raise EditConflict("This edit does not say which version of the entry it "
                               "changes. Your text is kept below; reload and try again.")
        if data["version"] != current.version:
            raise EditConflict(
                "This entry was changed by someone else while you were editing it. "
                "Your text is kept below; reload to see theirs."
            )
        entry.version = current.version + 1
    speakers, _ = resolve(meeting.body, data.get("speakers", ""))
    entry.kind, entry.text = data["kind"], data["text"].strip()
    entry.attribution = data.get("speakers", "").strip()
    entry.confidential = bool(data.get("confidential"))
    entry.save()
    entry.speakers.set(speakers)
    sync_action(entry, data)
    sync_decision(entry)
    touch(meeting)
    return entry


def sync_action(entry, data):
    action = entry.actions.first()
    if entry.kind != EntryKind.ACTION:
        if action is not None and action.status == "open" and not action.updates.exists():
            action.delete()  # an entry re-marked as discussion no longer asks for anything
        return
    people, groups = resolve(entry.item.meeting.body, data.get("owners", ""))
    action = action or Action(meeting=entry.item.meeting, entry=entry)
    action.text = entry.text
    action.owners_as_written = data.get("owners", "").strip()
    action.owner_groups = groups
    action.due_date = data.get("due_date")
    action.due_next_meeting = bool(data.get("due_next_meeting"))
    if action.pk:
        action.version += 1
    action.save()
    action.owners.set(people)


def sync_decision(entry):
    decision = entry.decisions.first()
    if entry.kind != EntryKind.DECISION:
        if decision is not None:
            decision.delete()
        return
    decision = decision or Decision(meeting=entry.item.meeting, entry=entry)
    decision.text = entry.text
    decision.save()


def touch(meeting: Meeting):
    """Raise the meeting's version and start its draft once minutes are being written."""
    fields = {"version": meeting.version + 1}
    if meeting.minutes_status == MinutesStatus.NONE:
        fields["minutes_status"] = MinutesStatus.DRAFT
    Meeting.objects.filter(pk=meeting.pk).update(**fields)
    for name, value in fields.items():
        setattr(meeting, name, value)


@transaction.atomic
def delete_entry(entry: MinuteEntry):
    if entry.item.meeting.minutes_locked:
        raise MinutesLocked("Approved minutes change only by amendment.")
    for action in entry.actions.all():
        if not action.updates.exists():
            action.delete()
    entry.decisions.all().delete()
    entry.delete()


def set_attendance(meeting, person, status: str) -> Attendance | None:
    if meeting.minutes_locked:
        raise MinutesLocked("Approved minutes change only by amendment.")
    if not status:
        Attendance.objects.filter(meeting=meeting, person=person).delete()
        return None
    row, _ = Attendance.objects.update_or_create(
        meeting=meeting, person=person, defaults={"status": status}
    )
    return row


@transaction.atomic
def change_status(meeting: Meeting, status: str, user=None):
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if status not in NEXT_STATUS[meeting.minutes_status]:
        raise ValueError(
            f"Minutes that are {meeting.get_minutes_status_display().lower()} cannot become "
            f"{MinutesStatus(status).label.lower()}."
        )
    meeting.minutes_status = status
    meeting.version += 1
    meeting.save()
    if status == MinutesStatus.APPROVED:
        MinutesApproval.objects.update_or_create(
            minutes_of=meeting,
            defaults={"approved_by": user, "approved_on": timezone.localdate()},
        )
    return meeting
