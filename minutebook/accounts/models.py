from datetime import timedelta

from django.db import models
from django.utils import timezone


class LoginFailureQuerySet(models.QuerySet):
    def recent(self, minutes: int):
        return self.filter(at__gte=timezone.now() - timedelta(minutes=minutes))


class LoginFailure(models.Model):
    """A failed log-in, kept in the database so every app server sees the same count."""

    username = models.CharField(max_length=150, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = LoginFailureQuerySet.as_manager()
