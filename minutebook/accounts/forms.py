import ipaddress

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from minutebook.accounts.models import LoginFailure


def client_ip(request) -> str | None:
    """The address the request came from. Behind a reverse proxy that TRUSTED_PROXIES
    names, the nearest address in X-Forwarded-For that is not one of those proxies; the
    header is ignored otherwise, since any client can send it."""
    if request is None:
        return None
    remote = valid_ip(request.META.get("REMOTE_ADDR"))
    trusted = set(settings.TRUSTED_PROXIES)
    if remote not in trusted:
        return remote
    hops = [valid_ip(h.strip()) for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed(hops):
        if hop is None:
            return remote  # a hop we cannot read: trust nothing before it
        if hop not in trusted:
            return hop
    return remote


def valid_ip(text) -> str | None:
    try:
        return str(ipaddress.ip_address(text)) if text else None
    except ValueError:
        return None


class ThrottledLoginForm(AuthenticationForm):
    """Refuses further attempts for a while after repeated failures for a name or an address."""

    def clean(self):
        username = (self.data.get("username") or "").strip().lower()
        window, limit = settings.LOGIN_FAILURE_WINDOW_MINUTES, settings.LOGIN_FAILURE_LIMIT
        recent = LoginFailure.objects.recent(window)
        ip = client_ip(self.request)
        # Per name; and per address only for one that tried many names (guessing passwords
        # across accounts), so that someone's mistakes never lock out anyone else.
        if recent.filter(username=username).count() >= limit or (
            ip and recent.filter(ip=ip).exclude(username=username)
            .values("username").distinct().count() >= limit * 4
        ):
            raise ValidationError(
                f"Too many failed attempts. Try again in {window} minutes, or reset your password.",
                code="throttled",
            )
        try:
            return super().clean()
        except ValidationError:
            LoginFailure.objects.create(username=username[:150], ip=ip)
            raise
