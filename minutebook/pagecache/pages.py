"""Kept pages: served again, before the rest of the app runs, while nothing has changed.

A view opts in with @cached_page, and says with depends_on() which bodies' rows it shows.
PageCacheMiddleware, placed before the session middleware, answers a repeat request from what
it kept, so that a kept page costs a file read (and now and then the generations) instead of
the session, the user and the page's own queries.

A page is kept under the global generation (in its key) and the generations of the bodies it
shows (beside it). When one of those bodies changed, or the page is old, one worker builds it
again (a claim in the database, good across servers) while the others serve the previous
copy for up to STALE_SECONDS; unless the change may have withdrawn something (a mark, a
move, a deletion), when no one is served the previous copy.
"""

import contextvars
import functools
import hashlib
import random
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone

from minutebook.pagecache import rebuilds
from minutebook.pagecache.models import UNWRITTEN, advanced_here, scope, snapshot
from minutebook.pagecache.writes import claimed

# Pages also expire by age, so that what depends on the clock alone (what is overdue, which
# meetings are upcoming) is never more than this far behind. Pages that depend only on the
# rows and the date (which is part of the key) may be kept longer.
SECONDS = 60
# Each page's time is cut by up to this share at random, so that pages built together (after
# a write, or when a server starts) are not all built again together.
JITTER = 0.1
# Headers set inside the app that a kept page must carry again; the middlewares outside this
# one (security headers, the content security policy) add theirs on every answer.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Frame-Options")
MESSAGES_COOKIE = "messages"
# A browser that has just written gets what it wrote: for a few seconds its requests read the
# generation from the database rather than trusting what this process last read.
WROTE_COOKIE = "minutebook_wrote"
WROTE_SECONDS = 5
# How long a page that went stale may still be served, while one worker builds it again.
STALE_SECONDS = 5


# The scopes (a facet of a body) the page being built shows (None: any body's anything).
depends = contextvars.ContextVar("pagecache_depends", default=None)


def depends_on(body_ids, facet: str) -> None:
    """Says whose writes make the page being built stale: to this facet of these bodies."""
    depends.set(frozenset(scope(b, facet) for b in body_ids))


def cached_page(view=None, *, seconds: int = SECONDS):
    """Marks a view whose pages PageCacheMiddleware may keep, for at most `seconds`."""
    def mark(view):
        view.pagecache = seconds
        return view

    return mark if view is None else mark(view)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        advanced_here.set(False)
        # No request's claims outlive it, nor reach the next one on this thread.
        claims = claimed.set(frozenset())
        try:
            response = self.kept_or_built(request)
        finally:
            claimed.reset(claims)
        if advanced_here.get():
            response.set_cookie(WROTE_COOKIE, "1", max_age=WROTE_SECONDS, httponly=True,
                                samesite="Lax", secure=settings.SESSION_COOKIE_SECURE)
        return response

    def kept_or_built(self, request):
        seconds = self.may_keep(request)
        if not seconds:
            return self.get_response(request)
        # The key, and so the generations, are read before anything else of the request
        # reads the database, the user's own row included: a page is never kept under a
        # generation newer than what it shows.
        wrote = WROTE_COOKIE in request.COOKIES
        generations = snapshot(fresh=wrote)
        key = page_key(request, generations.token)
        kept = cache.get(key)
        rebuilding = False
        if kept is not None:
            state = freshness(kept, generations)
            if state == FRESH:
                return answer(*kept[:2])
            # A browser that has just written is never served the previous copy.
            if state == STALE and not wrote:
                rebuilding = rebuilds.claim(key)
                if not rebuilding:
                    return answer(*kept[:2])  # another worker is building it
        depends.set(None)
        try:
            response = self.get_response(request)
            if storable(request, response) and not advanced_here.get():
                self.keep(key, response, generations, seconds)
        finally:
            if rebuilding:
                rebuilds.release(key)
        return response

    @staticmethod
    def keep(key, response, generations, seconds):
        headers = {h: response[h] for h in KEPT_HEADERS if response.has_header(h)}
        scopes = depends.get()
        # The generations of the scopes it shows; of every scope when the view did not say.
        shown = generations.scopes if scopes is None else scopes
        deps = {key: generations.of(key) for key in shown}
        life = seconds * (1 - JITTER * random.random())
        cache.set(key, (response.content, headers, deps, scopes is None, time.time() + life),
                  life + STALE_SECONDS)

    @staticmethod
    def may_keep(request) -> int:
        """For how many seconds this request's page may be kept (0: not at all)."""
        # HTMX asks for fragments of the same address; flash messages must be shown once.
        if request.method != "GET" or "HX-Request" in request.headers:
            return 0
        if MESSAGES_COOKIE in request.COOKIES:
            return 0
        return marked(request.path_info)


@functools.lru_cache(maxsize=4096)
def marked(path: str) -> int:
    """How long the view at this address keeps its pages (the answer never changes while the
    process runs, and resolving costs as much as serving a kept page)."""
    try:
        return getattr(resolve(path).func, "pagecache", 0)
    except Resolver404:
        return 0


def page_key(request, generation: str) -> str:
    """Who is asking, what for, under which global generation and on what day.

    Who is the browser's session and CSRF cookies, read without loading the session: a
    signed-in page holds a CSRF token good only with that browser's cookie. A session that
    ends (logging out, expiry clean-up) deletes its row, which starts a new generation.
    """
    session = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    who = f"{session}:{request.COOKIES.get(settings.CSRF_COOKIE_NAME)}" if session else "-"
    parts = [generation, timezone.localdate().isoformat(), who, request.get_full_path()]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


FRESH, STALE, WITHDRAWN = "fresh", "stale", "withdrawn"


def freshness(kept, generations) -> str:
    """FRESH: nothing it shows has changed and it is young enough. STALE: something changed
    that withdrew nothing from anyone, or it is old; it may be served while it is rebuilt.
    WITHDRAWN: a write that may have withdrawn something from a reader; never served."""
    _, _, deps, every, expires = kept
    shown = set(deps) | set(generations.scopes) if every else deps
    state = FRESH if time.time() < expires else STALE
    for key in shown:
        was, now = deps.get(key, UNWRITTEN), generations.of(key)
        if was[1] != now[1]:
            return WITHDRAWN
        if was[0] != now[0]:
            state = STALE
    return state


def answer(content: bytes, headers: dict) -> HttpResponse:
    response = HttpResponse(content, headers=headers)
    response["Content-Length"] = str(len(content))
    return response


def storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if getattr(getattr(request, "_messages", None), "used", False):
        return False  # it showed flash messages, which must not be shown again
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME} or renews_csrf(request, response):
        return False  # it signs in, out, or hands out a new cookie
    if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True  # it holds no CSRF token
    # A CSRF token is good only with the cookie it came from: such a page is kept only for
    # the browser that holds that cookie, never for visitors without a session, who share.
    return bool(request.COOKIES.get(settings.SESSION_COOKIE_NAME)
                and request.COOKIES.get(settings.CSRF_COOKIE_NAME))


def renews_csrf(request, response) -> bool:
    """Whether the answer sets a CSRF cookie other than the one the browser sent."""
    cookie = response.cookies.get(settings.CSRF_COOKIE_NAME)
    return cookie is not None and cookie.value != request.COOKIES.get(settings.CSRF_COOKIE_NAME)
