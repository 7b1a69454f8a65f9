"""One searchable row per minute entry, action, decision and consultation point.

The row copies what is searched (title, text, speakers) and what decides visibility but can
only be known from the record (its body, confidentiality). Meeting status and date are read
through the meeting at query time, so approving or rescheduling minutes needs no re-index.
"""

from django.db import models
from django.db.models import Q

from minutebook.bodies.models import Body
from minutebook.meetings.models import Meeting


class Kind(models.TextChoices):
    ENTRY = "entry", "Minutes"
    ACTION = "action", "Action"
    DECISION = "decision", "Decision"
    POINT = "point", "Consultation point"


class SearchDocumentQuerySet(models.QuerySet):
    def visible_to(self, viewer):
        """Viewer.readable on the document's own columns; a consultation point also needs
        its consultation to be one the viewer reads."""
        from minutebook.consultations.models import Consultation

        if viewer.is_admin:
            return self
        readable = viewer.readable("body", "meeting__minutes_status", "confidential",
                                   undated="meeting")
        consultations = viewer.consultations(Consultation.objects.all())
        return self.filter(readable & (Q(consultation__isnull=True)
                                       | Q(consultation__in=consultations)))

    def of_body(self, body):
        return self.filter(body__slug=body) if isinstance(body, str) else self.filter(body=body)

    def held_between(self, date_from=None, date_to=None):
        qs = self
        if date_from:
            qs = qs.filter(meeting__start__date__gte=date_from)
        if date_to:
            qs = qs.filter(meeting__start__date__lte=date_to)
        return qs

    def naming(self, person):
        return self.filter(person_ids__contains=f" {getattr(person, 'pk', person)} ")

    def of_kinds(self, kinds):
        return self.filter(kind__in=kinds)


class SearchDocument(models.Model):
    kind = models.CharField(max_length=20, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="+")
    # Null for a consultation response not tied to a meeting: members-only, like drafts.
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The record's `sealed` flag (a point's: its entry's, or its own mark).
    confidential = models.BooleanField(default=False)
    # For a consultation point: only the consultation's readers find it.
    consultation = models.ForeignKey(
        "consultations.Consultation", null=True, blank=True, on_delete=models.CASCADE,
        related_name="+",
    )
    # " 3 17 " so that one person is found with a contains on " 3 ".
    person_ids = models.TextField(blank=True)
    title = models.CharField(max_length=400, blank=True)
    text = models.TextField(blank=True)

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_document_per_record")
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}: {self.title}"
