"""Original files a clerk uploads or imports, kept as they came."""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone

from minutebook.bodies.models import Body
from minutebook.meetings.models import Meeting


def sha256_of(content) -> str:
    """The hash of bytes, or of a whole file from its start, whatever was read of it before."""
    if isinstance(content, bytes | bytearray | memoryview):
        return hashlib.sha256(content).hexdigest()
    digest = hashlib.sha256()
    content.seek(0)
    for chunk in iter(lambda: content.read(1 << 16), b""):
        digest.update(chunk)
    content.seek(0)
    return digest.hexdigest()


class DocumentKind(models.TextChoices):
    MINUTES = "minutes", "Minutes"
    AGENDA = "agenda", "Agenda"
    PAPER = "paper", "Paper"
    OTHER = "other", "Other"


class DocumentStatus(models.TextChoices):
    UPLOADED = "uploaded", "Uploaded"
    PARSED = "parsed", "Parsed, awaiting confirmation"
    IMPORTED = "imported", "Imported"
    FAILED = "failed", "Could not be read"


class Document(models.Model):
    file = models.FileField(upload_to="documents/%Y/%m/")
    original_name = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveBigIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=DocumentKind.choices, default=DocumentKind.MINUTES)
    status = models.CharField(
        max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.UPLOADED
    )
    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents",
        help_text="The meeting this document produced.",
    )
    parsed = models.JSONField(null=True, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    uploaded = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-uploaded"]

    def __str__(self):
        return self.original_name
