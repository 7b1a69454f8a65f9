from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from minutebook.accounts.models import LoginFailure


def client_ip(request):
    return request.META.get("REMOTE_ADDR") if request else None


class ThrottledLoginForm(AuthenticationForm):
    """Refuses further attempts for a while after repeated failures for a name or an address."""

    def clean(self):
        username = (self.data.get("username") or "").strip().lower()
        window, limit = settings.LOGIN_FAILURE_WINDOW_MINUTES, settings.LOGIN_FAILURE_LIMIT
        recent = LoginFailure.objects.recent(window)
        ip = client_ip(self.request)
        if recent.filter(username=username).count() >= limit or (
            ip and recent.filter(ip=ip).count() >= limit * 4
        ):
            raise ValidationError(
                f"Too many failed attempts. Try again in {window} minutes, or reset your password.",
                code="throttled",
            )
        try:
            return super().clean()
        except ValidationError:
            LoginFailure.objects.create(username=username, ip=ip)
            raise
