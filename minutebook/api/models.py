"""API tokens: only a hash is stored, so a leaked database gives no working token."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def issue(self, user, name: str = "") -> tuple["ApiToken", str]:
        """A new token for `user`; the raw value is returned once and never stored."""
        raw = secrets.token_urlsafe(32)
        return self.create(user=user, name=name, token_hash=hash_token(raw)), raw

    def matching(self, raw: str):
        return self.filter(token_hash=hash_token(raw), user__is_active=True).select_related(
            "user").first()


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True, help_text="What the token is for.")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(default=timezone.now, editable=False)
    last_used = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["user", "created"]
        verbose_name = "API token"

    def __str__(self):
        return f"{self.user} – {self.name or 'API token'}"
