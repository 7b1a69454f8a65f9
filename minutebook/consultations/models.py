"""Consultation papers, each body's response as points, and the themes that combine them."""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from minutebook.bodies.models import Body
from minutebook.meetings.models import Meeting, MinuteEntry, MinutesStatus


class Consultation(models.Model):
    title = models.CharField(max_length=300, help_text="The paper's title.")
    issuer = models.CharField(max_length=200, blank=True)
    deadline = models.DateField(null=True, blank=True)
    bodies = models.ManyToManyField(Body, related_name="consultations", blank=True)
    questions = models.JSONField(default=list, blank=True)
    overview = models.TextField(blank=True)

    class Meta:
        ordering = ["-deadline", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("consultation", args=[self.pk])

    def bodies_without_response(self):
        responded = self.responses.filter(points__isnull=False).values("body")
        return self.bodies.exclude(pk__in=responded)


class ConsultationResponse(models.Model):
    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="responses"
    )
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="responses")
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="responses",
        help_text="The meeting at which the body discussed the paper.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["consultation", "body"], name="one_response_per_body")
        ]

    def __str__(self):
        return f"{self.body} on {self.consultation}"


class Theme(models.Model):
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="themes")
    # The engine's handle for this theme; the clerk's pins refer to it across runs.
    key = models.CharField(max_length=60, default="")
    label = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    shared = models.BooleanField(default=False)
    order = models.PositiveIntegerField(default=0)
    # A clerk's rename or merge must survive the engine being run again.
    edited_by_clerk = models.BooleanField(default=False)

    class Meta:
        ordering = ["consultation", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "key"], name="one_theme_per_key")
        ]

    def __str__(self):
        return self.label


class PointSource(models.TextChoices):
    TYPED = "typed", "Typed in"
    PASTED = "pasted", "Pasted as a list"
    MINUTES = "minutes", "Taken from minutes"
    DOCUMENT = "document", "Taken from a document"


class PointQuerySet(models.QuerySet):
    def visible_to(self, viewer):
        return viewer.points(self)


class Point(models.Model):
    response = models.ForeignKey(
        ConsultationResponse, on_delete=models.CASCADE, related_name="points"
    )
    text = models.TextField()
    source = models.CharField(max_length=20, choices=PointSource.choices, default=PointSource.TYPED)
    # The entry a point was taken from: the point is read only by those who may read it.
    entry = models.ForeignKey(
        MinuteEntry, null=True, blank=True, on_delete=models.SET_NULL, related_name="points"
    )
    # Marked by the clerk, or kept from a confidential entry since deleted: then only the
    # responding body's members read it.
    confidential = models.BooleanField(default=False)
    theme = models.ForeignKey(
        Theme, null=True, blank=True, on_delete=models.SET_NULL, related_name="points"
    )
    specific_to_group = models.BooleanField(
        default=False, help_text="The clerk has marked this as specific to its group."
    )
    pinned = models.BooleanField(default=False, help_text="Moved by the clerk; keep it there.")
    order = models.PositiveIntegerField(default=0)

    objects = PointQuerySet.as_manager()

    class Meta:
        ordering = ["response", "order", "pk"]

    def __str__(self):
        return self.text[:80]

    @property
    def mark(self) -> str:
        """What a reader entitled to this point is told: it is not for everyone."""
        entry = self.entry
        if self.confidential or (entry is not None and entry.sealed):
            return "confidential"
        if entry is not None and entry.item.meeting.minutes_status != MinutesStatus.APPROVED:
            return "from draft minutes"
        return ""


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Waiting"
    RUNNING = "running", "Finding themes"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ThemeJobQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=[JobStatus.QUEUED, JobStatus.RUNNING])


class ThemeJob(models.Model):
    """One run of the theme engine, done by a worker process, never in a web request."""

    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="jobs")
    status = models.CharField(max_length=20, choices=JobStatus.choices, default=JobStatus.QUEUED)
    stage = models.CharField(max_length=60, blank=True)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created = models.DateTimeField(default=timezone.now)
    started = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)

    objects = ThemeJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0
