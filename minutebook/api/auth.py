"""Who is calling: a bearer token's owner, the logged-in user, or the public."""

from django.utils import timezone
from ninja.security import HttpBearer

from minutebook.accounts.access import Viewer
from minutebook.api.models import ApiToken


class BadToken(Exception):
    """A token was sent but is not one we issued (or its login is disabled)."""


class TokenAuth(HttpBearer):
    """Bearer tokens, with anonymous callers let through as the public (as on the pages).

    A wrong token is an error rather than anonymous access, so that a client with a revoked
    token learns of it instead of quietly seeing less."""

    def __call__(self, request):
        header = request.headers.get(self.header, "")
        if not header:
            return request.user  # the session's user, or AnonymousUser
        scheme, _, raw = header.partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            raise BadToken("Send the token as `Authorization: Bearer <token>`.")
        return self.authenticate(request, raw.strip())

    def authenticate(self, request, token):
        found = ApiToken.objects.matching(token)
        if found is None:
            raise BadToken("Unknown or revoked API token.")
        ApiToken.objects.filter(pk=found.pk).update(last_used=timezone.now())
        return found.user


def viewer_of(request) -> Viewer:
    if not hasattr(request, "_api_viewer"):
        request._api_viewer = Viewer(request.auth)
    return request._api_viewer
