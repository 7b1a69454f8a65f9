"""Meetings with their attendance, agenda, minutes, actions, decisions and approvals."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from minutebook.bodies.models import Body, Person
from minutebook.meetings.querysets import SealedQuerySet


class MinutesLocked(Exception):
    """Approved minutes change only through a recorded amendment."""


class MeetingKind(models.TextChoices):
    FULL = "full", "Full meeting"
    EXECUTIVE = "executive", "Executive meeting"
    EXTRAORDINARY = "extraordinary", "Extraordinary meeting"
    WORKING = "working", "Working session"


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    HELD = "held", "Held"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"


class MinutesStatus(models.TextChoices):
    NONE = "none", "No minutes yet"
    DRAFT = "draft", "Draft"
    CIRCULATED = "circulated", "Circulated to members"
    APPROVED = "approved", "Approved"


class AgendaStatus(models.TextChoices):
    NONE = "none", "No agenda yet"
    DRAFT = "draft", "Draft agenda"
    CIRCULATED = "circulated", "Agenda circulated"


class MeetingQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(start__gte=timezone.now()).exclude(status=MeetingStatus.CANCELLED)

    def past(self):
        return self.filter(start__lt=timezone.now())

    def for_body(self, body):
        return self.filter(body=body)

    def awaiting_approval(self):
        return self.filter(minutes_status__in=[MinutesStatus.DRAFT, MinutesStatus.CIRCULATED])


class Meeting(models.Model):
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    kind = models.CharField(max_length=20, choices=MeetingKind.choices, default=MeetingKind.FULL)
    title = models.CharField(max_length=200, blank=True)
    start = models.DateTimeField()
    end = models.DateTimeField(null=True, blank=True)
    venue = models.CharField(max_length=300, blank=True)
    status = models.CharField(
        max_length=20, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    minutes_status = models.CharField(
        max_length=20, choices=MinutesStatus.choices, default=MinutesStatus.NONE
    )
    linked_meeting = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="followed_by",
        help_text="The meeting this one prepares or follows (the executive before a forum).",
    )
    agenda_status = models.CharField(
        max_length=20, choices=AgendaStatus.choices, default=AgendaStatus.NONE
    )
    agenda_circulated = models.DateTimeField(null=True, blank=True)
    # Stable across exports and calendar feeds; SEQUENCE rises when the date, time, venue or
    # status changes, so calendar applications replace the old event.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    updated = models.DateTimeField(auto_now=True)
    # Raised on every save so that two clerks editing at once cannot overwrite each other.
    version = models.PositiveIntegerField(default=1)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-start"]
        indexes = [models.Index(fields=["body", "start"])]

    def __str__(self):
        return f"{self.body} – {self.get_kind_display()}, {timezone.localtime(self.start):%d %B %Y}"

    @property
    def time_known(self) -> bool:
        """Imported minutes often give no start time; such meetings are kept at midnight, and
        no meeting really starts then, so midnight is shown as no time at all."""
        start = timezone.localtime(self.start)
        return (start.hour, start.minute) != (0, 0)

    @property
    def when(self) -> str:
        """'8 April 2020', or '8 April 2020, 19:30' when the time is known."""
        start = timezone.localtime(self.start)
        return f"{start:%-d %B %Y}" + (f", {start:%H:%M}" if self.time_known else "")

    def get_absolute_url(self):
        return reverse("meeting", args=[self.pk])

    CALENDAR_FIELDS = ("start", "end", "venue", "status", "title", "kind")

    def save(self, *args, **kwargs):
        if self.pk:
            old = Meeting.objects.filter(pk=self.pk).values(
                "minutes_status", *self.CALENDAR_FIELDS).first()
            if old and old["minutes_status"] == MinutesStatus.APPROVED != self.minutes_status:
                raise MinutesLocked("Approved minutes cannot be reopened; record an amendment.")
            if old and any(old[f] != getattr(self, f) for f in self.CALENDAR_FIELDS):
                self.sequence += 1
        super().save(*args, **kwargs)

    @property
    def minutes_locked(self) -> bool:
        return self.minutes_status == MinutesStatus.APPROVED

    @property
    def display_title(self) -> str:
        return self.title or f"{self.body.name}: {self.get_kind_display().lower()}"

    def next_meeting(self):
        return (
            Meeting.objects.filter(body=self.body, start__gt=self.start)
            .exclude(status=MeetingStatus.CANCELLED)
            .order_by("start")
            .first()
        )


class LockedByApproval(models.Model):
    """Rows that belong to a meeting's minutes: once approved they change only by amendment."""

    class Meta:
        abstract = True

    def minutes_meeting(self) -> Meeting:
        raise NotImplementedError

    def save(self, *args, allow_amendment=False, **kwargs):
        if not allow_amendment and self.minutes_meeting().minutes_locked:
            raise MinutesLocked(f"The minutes of {self.minutes_meeting()} are approved and locked.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.minutes_meeting().minutes_locked:
            raise MinutesLocked(f"The minutes of {self.minutes_meeting()} are approved and locked.")
        return super().delete(*args, **kwargs)


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", "Present"
    APOLOGIES = "apologies", "Apologies"
    ABSENT = "absent", "Absent"
    IN_ATTENDANCE = "in_attendance", "In attendance"


class Attendance(LockedByApproval):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="attendance"
    )
    name_as_written = models.CharField(max_length=200, blank=True)
    role_as_written = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=AttendanceStatus.choices)
    # A later meeting may correct the record ("apologies were noted in error").
    corrected_status = models.CharField(max_length=20, choices=AttendanceStatus.choices, blank=True)
    correction_note = models.TextField(blank=True)
    corrected_at = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="corrections_made"
    )

    class Meta:
        ordering = ["meeting", "status", "person__family_name", "name_as_written"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person"], condition=Q(person__isnull=False),
                name="one_attendance_per_person",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.get_effective_status_display()})"

    def minutes_meeting(self):
        return self.meeting

    @property
    def name(self) -> str:
        return self.person.full_name if self.person_id else self.name_as_written

    @property
    def effective_status(self) -> str:
        return self.corrected_status or self.status

    def get_effective_status_display(self) -> str:
        return AttendanceStatus(self.effective_status).label


class ItemKind(models.TextChoices):
    STANDING = "standing", "Standing item"
    LAST_MINUTES = "last_minutes", "Minutes of the last meeting"
    MATTERS_ARISING = "matters_arising", "Matters arising"
    SUBSTANTIVE = "substantive", "Substantive item"
    URGENT = "urgent", "Urgent business"
    AOB = "aob", "Any other business"
    FUTURE_DATES = "future_dates", "Dates of future meetings"


class AgendaItemQuerySet(SealedQuerySet):
    MEETING = "meeting_id"


class AgendaItem(LockedByApproval):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda_items")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    number = models.CharField(max_length=20, blank=True, help_text="Dotted number, e.g. 5.1")
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=ItemKind.choices, default=ItemKind.SUBSTANTIVE)
    order = models.PositiveIntegerField(default=0)
    confidential = models.BooleanField(default=False)
    # Confidential in effect: marked so itself or under an item that is. Kept by
    # meetings.sealing for every change; every reader goes by it, never by `confidential`.
    sealed = models.BooleanField(default=False, editable=False)
    kept_under_review = models.BooleanField(default=False)

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["meeting", "order", "pk"]

    def __str__(self):
        return f"{self.number} {self.title}".strip()

    def minutes_meeting(self):
        return self.meeting


class EntryKind(models.TextChoices):
    DISCUSSION = "discussion", "Discussion"
    CONTRIBUTION = "contribution", "Contribution"
    POSITION = "position", "Position of the meeting"
    DECISION = "decision", "Decision"
    ACTION = "action", "Action"
    NOTE = "note", "Note"
    NB = "nb", "NB"


class MinuteEntryQuerySet(SealedQuerySet):
    MEETING = "item__meeting_id"

    def public(self):
        return self.filter(sealed=False)

    def visible_to(self, viewer):
        return viewer.entries(self)


class MinuteEntry(LockedByApproval):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="entries")
    order = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=EntryKind.choices, default=EntryKind.DISCUSSION)
    text = models.TextField()
    attribution = models.CharField(
        max_length=200, blank=True, help_text='Speakers as written, e.g. "RG and PL".'
    )
    speakers = models.ManyToManyField(Person, blank=True, related_name="contributions")
    confidential = models.BooleanField(default=False)
    # Marked so itself or under a confidential item (meetings.sealing keeps it).
    sealed = models.BooleanField(default=False, editable=False)
    version = models.PositiveIntegerField(default=1)

    objects = MinuteEntryQuerySet.as_manager()

    class Meta:
        ordering = ["item", "order", "pk"]
        verbose_name_plural = "minute entries"

    def __str__(self):
        return self.text[:60]

    def minutes_meeting(self):
        return self.item.meeting

    @property
    def is_confidential(self) -> bool:
        return self.sealed

    @property
    def leads_with_attribution(self) -> bool:
        """True when the text itself names the speaker ("Martin shared…"), so no prefix."""
        return bool(self.attribution) and self.text.startswith(self.attribution)


class ActionStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Done"
    DROPPED = "dropped", "Dropped"
    # Imported from old minutes that never mention it again: not live, but kept on record.
    LAPSED = "lapsed", "Not followed up"


class ActionQuerySet(SealedQuerySet):
    MEETING = "meeting_id"

    def visible_to(self, viewer):
        return viewer.actions(self)

    def open(self):
        return self.filter(status=ActionStatus.OPEN)

    def for_body(self, body):
        return self.filter(meeting__body=body)

    def owned_by(self, person):
        return self.filter(owners=person)

    def due_before(self, meeting):
        """Open items the clerk must chase before `meeting`: dated on or before it, or
        due "by the next meeting" when raised at an earlier meeting of the same body."""
        return self.filter(self.due_before_q(meeting))

    @staticmethod
    def due_before_q(meeting) -> Q:
        return (Q(due_date__lte=timezone.localtime(meeting.start).date())
                | Q(due_next_meeting=True, meeting__body=meeting.body_id,
                    meeting__start__lt=meeting.start))

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.open().filter(due_date__lt=today)



class Action(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="actions")
    entry = models.ForeignKey(
        MinuteEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    text = models.TextField()
    owners = models.ManyToManyField(Person, blank=True, related_name="actions")
    owner_groups = models.JSONField(
        default=list, blank=True, help_text='Named groups that own it, e.g. ["Directors"].'
    )
    owners_as_written = models.CharField(max_length=200, blank=True)
    due_date = models.DateField(null=True, blank=True)
    due_next_meeting = models.BooleanField(default=False)
    status = models.CharField(max_length=20, choices=ActionStatus.choices, default=ActionStatus.OPEN)
    kept_under_review = models.BooleanField(default=False)
    confidential = models.BooleanField(default=False)
    # Marked so itself or raised by a sealed entry (meetings.sealing keeps it).
    sealed = models.BooleanField(default=False, editable=False)
    closed_at = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions_closed"
    )
    created = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["-meeting__start", "pk"]
        # A body's open actions, meeting by meeting, without reading its settled ones (the
        # tracker, the dashboard).
        indexes = [models.Index(fields=["meeting", "status"])]

    def __str__(self):
        return self.text[:80]

    def get_absolute_url(self):
        return reverse("action", args=[self.pk])

    @property
    def owner_label(self) -> str:
        if self.owners_as_written:
            return self.owners_as_written
        owners = getattr(self, "owner_list", None)  # fetched for a whole meeting's minutes
        owners = self.owners.all() if owners is None else owners
        names = [p.initials or p.full_name for p in owners] + list(self.owner_groups)
        return " & ".join(names)

    @property
    def due_label(self) -> str:
        if self.due_date:
            return f"{self.due_date:%d %b %Y}"
        return "by the next meeting" if self.due_next_meeting else ""


# An action's owners with only what owner_label shows, for lists of many actions.
OWNER_NAMES = models.Prefetch("owners", Person.objects.only("title", "given_name", "family_name",
                                                            "initials"))


class ActionUpdate(models.Model):
    """One line of an action's history: what was reported, and at which meeting."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="action_updates"
    )
    note = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=ActionStatus.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["action", "created", "pk"]

    def __str__(self):
        return f"{self.get_status_display()}: {self.note[:60]}"


class DecisionQuerySet(SealedQuerySet):
    MEETING = "meeting_id"

    def visible_to(self, viewer):
        return viewer.decisions(self)


class Decision(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="decisions")
    entry = models.ForeignKey(
        MinuteEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions"
    )
    text = models.TextField()
    confidential = models.BooleanField(default=False)
    # Marked so itself or recorded by a sealed entry (meetings.sealing keeps it).
    sealed = models.BooleanField(default=False, editable=False)
    order = models.PositiveIntegerField(default=0)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        ordering = ["-meeting__start", "order", "pk"]

    def __str__(self):
        return self.text[:80]


class MinutesApproval(models.Model):
    """The meeting at which one set of minutes was agreed ("agreed as an accurate record")."""

    minutes_of = models.OneToOneField(Meeting, on_delete=models.PROTECT, related_name="approval")
    approved_at = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.PROTECT, related_name="approvals_given"
    )
    approved_on = models.DateField(default=timezone.localdate)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    note = models.TextField(blank=True)

    def __str__(self):
        return f"Minutes of {self.minutes_of} approved {self.approved_on:%d %b %Y}"


class Amendment(models.Model):
    """A correction to minutes, kept beside the original text rather than replacing it."""

    approval = models.ForeignKey(
        MinutesApproval, null=True, blank=True, on_delete=models.CASCADE, related_name="amendments"
    )
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="amendments")
    entry = models.ForeignKey(
        MinuteEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="amendments"
    )
    attendance = models.ForeignKey(
        Attendance, null=True, blank=True, on_delete=models.SET_NULL, related_name="amendments"
    )
    original_text = models.TextField(blank=True)
    amended_text = models.TextField(blank=True)
    reason = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["meeting", "created"]

    def __str__(self):
        return self.reason[:80]


class AgendaRequest(models.Model):
    """An item someone asked to have on a coming agenda."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="agenda_requests")
    title = models.CharField(max_length=300)
    requested_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="agenda_requests"
    )
    notes = models.TextField(blank=True)
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="requests",
        help_text="The meeting whose agenda took it up.",
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        return self.title


class ReminderKind(models.TextChoices):
    OWNER = "owner", "Action owner's reminder"
    DIGEST = "digest", "Clerk's digest"


class ReminderSent(models.Model):
    """One reminder email, so the same one is never sent twice."""

    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="reminders")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reminders")
    sent = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "person", "meeting"], name="one_reminder_each")
        ]
