"""Several app servers, one PostgreSQL (issue #15, point 6): a clerk's tracker update on
server A shows on every page of server B that shows the action, its kept pages included,
within the bound the README states: the 0.2 s a process trusts the generations it read, plus
the time to build the page again."""

import re
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from two_servers import Browser, Server

from minutebook.bodies.models import Body
from minutebook.meetings.models import Action

# TRUST_SECONDS (0.2 s) plus building a page again, with room for a shared, loaded machine.
BOUND_SECONDS = 1.0
PASSWORD = "two-servers-password"

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="several servers share PostgreSQL, not SQLite")


@pytest.fixture
def demo_committed(transactional_db):
    """The demo workspace, committed, so that the servers' own connections read it."""
    from minutebook.demo import workspace

    workspace.load()
    return Body.objects.get(slug=workspace.FORUM_SLUG)


@pytest.fixture
def servers(demo_committed, tmp_path, settings):
    # The servers check passwords with Django's own hashers, not the tests' fast one.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    for user in get_user_model().objects.filter(username__in=["clerk", "member"]):
        user.set_password(PASSWORD)
        user.save()
    started = []
    try:
        for name in ("a", "b"):
            started.append(Server(tmp_path / name, secret="one key for every server " * 3))
        yield started
    finally:
        for server in started:
            server.stop()


def shown_status(html: str, pk: int) -> str | None:
    """The status the action's row of a tracker shows (None: no row), or its own page."""
    if '<table class="list tracker">' not in html:
        return re.search(r'<p class="lead">.*?<span class="badge">(\w+)</span>', html,
                         re.S).group(1)
    row = re.search(rf'<tr id="action-{pk}">.*?</tr>', html, re.S)
    return re.findall(r'<span class="badge">(\w+)</span>', row.group(0))[-1] if row else None


def pages_of(action, slug) -> dict[str, str]:
    """Each page of server B that shows the action (or, once it changes, stops showing it)."""
    return {"tracker, every status": f"/actions/?body={slug}&status=all",
            "tracker, open ones": f"/actions/?body={slug}&status=open",
            "tracker, done ones": f"/actions/?body={slug}&status=done",
            "action page": f"/actions/{action.pk}/"}


def expected(page: str, label: str) -> str | None:
    if page.endswith("open ones"):
        return label if label == "Open" else None
    if page.endswith("done ones"):
        return label if label == "Done" else None
    return label


def update(clerk, server, action, status):
    version = Action.objects.get(pk=action.pk).version
    code, _ = clerk.send(server, "POST", f"/actions/{action.pk}/update/",
                         {"status": status, "note": "Two servers", "version": version},
                         {"HX-Request": "true", "X-CSRFToken": clerk.csrf(server)})
    assert code == 200


def seconds_until_shown(readers, server, paths, pk, label, limit=10.0) -> dict[str, float]:
    """How long after the write each reader's page on `server` first shows `label`: each
    page polled on its own, as readers do, so that one slow page does not delay the others."""
    began = time.monotonic()

    def poll(key):
        (who, page), path = key, paths[key]
        while time.monotonic() - began < limit:
            if shown_status(readers[who].get(server, path), pk) == expected(page, label):
                return round(time.monotonic() - began, 3)
        return None

    with ThreadPoolExecutor(len(paths)) as pool:
        took = dict(zip((f"{who}: {page}" for who, page in paths), pool.map(poll, paths),
                        strict=True))
    assert None not in took.values(), f"never shown on the other server: {took}"
    return took


def test_a_tracker_update_on_one_server_shows_on_every_page_of_the_other(servers,
                                                                        demo_committed):
    demo = demo_committed
    a, b = servers
    action = Action.objects.filter(meeting__body=demo, meeting__minutes_status="approved",
                                   sealed=False, status="open").first()
    clerk, member, public = Browser(), Browser(), Browser()
    clerk.log_in(a, "clerk", PASSWORD)
    member.log_in(b, "member", PASSWORD)
    readers = {"public": public, "member": member}
    paths = {(who, page): path for who in readers
             for page, path in pages_of(action, demo.slug).items()}
    for (who, page), path in paths.items():  # kept on server B before the write
        for _ in range(2):
            assert shown_status(readers[who].get(b, path), action.pk) == expected(page, "Open")
    slowest = []
    for status, label in (("done", "Done"), ("open", "Open")):  # and back again
        update(clerk, a, action, status)
        took = seconds_until_shown(readers, b, paths, action.pk, label)
        print(f"{status}: slowest page on the other server {max(took.values()):.2f} s", took)
        slowest.append(max(took.values()))
    assert max(slowest) <= BOUND_SECONDS, slowest
