"""cached_page: serve a view's page again while nothing has changed."""

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone

from minutebook.pagecache.models import current

# Pages also expire by age, so that what depends on the clock alone (what is overdue, which
# meetings are upcoming) is never more than this far behind.
SECONDS = 60


def cached_page(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not cacheable(request):
            return view(request, *args, **kwargs)
        key = page_key(request)
        kept = cache.get(key)
        if kept is not None:
            content, content_type = kept
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if storable(request, response):
            cache.set(key, (response.content, response["Content-Type"]), SECONDS)
        return response

    wrapper.pagecache = True
    return wrapper


def cacheable(request) -> bool:
    # HTMX asks for fragments of the same address; flash messages must be shown once.
    return (request.method == "GET" and not getattr(request, "htmx", False)
            and not len(messages.get_messages(request)))


def page_key(request) -> str:
    """Who is asking, what for, under which generation and on what day."""
    if request.user.is_authenticated:
        # The session, not just the user: the page holds a CSRF token for this browser.
        who = f"{request.session.session_key}:{request.COOKIES.get(settings.CSRF_COOKIE_NAME)}"
    else:
        who = "anonymous"
    generation = getattr(request, "pagecache_generation", None) or current()
    parts = [generation, timezone.localdate().isoformat(), who, request.get_full_path()]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True  # the page holds no CSRF token
    # A CSRF token is good only with the cookie it came from: such a page is kept for that
    # browser alone, never for anonymous visitors, who share one copy.
    return request.user.is_authenticated and bool(request.COOKIES.get(settings.CSRF_COOKIE_NAME))


class GenerationMiddleware:
    """Reads the generation for a page that may be kept before anything else of the request
    reads the database, the signed-in user's own row included: a page is then never kept
    under a generation newer than what it shows."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "GET" and getattr(self.view_of(request), "pagecache", False):
            request.pagecache_generation = current()
        return self.get_response(request)

    @staticmethod
    def view_of(request):
        try:
            return resolve(request.path_info).func
        except Resolver404:
            return None
