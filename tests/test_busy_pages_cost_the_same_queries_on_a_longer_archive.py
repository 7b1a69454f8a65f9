"""The busy pages ask the database the same number of questions on a longer archive: their
queries do not grow with the meetings, minutes and actions held, nor with the bodies a
reader sits on (cost per page, issue #15)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from minutebook.bodies.models import Body
from minutebook.meetings.models import Action, AgendaItem, Decision, Meeting, MinuteEntry


def add_years_of_meetings(years: int) -> None:
    """Six meetings a year for every body, approved, each with items, entries, actions
    (some overdue, some due next meeting) and a decision; and one more to come."""
    now = timezone.now()
    for body in Body.objects.all():
        owners = [m.person for m in body.memberships.all()[:3]]
        for n in range(years * 6):
            meeting = Meeting.objects.create(body=body, start=now - timedelta(days=400 + 61 * n),
                                             status="held", minutes_status="draft")
            for i in range(2):
                item = AgendaItem.objects.create(meeting=meeting, title=f"Topic {i} budget",
                                                 order=i + 1)
                for e in range(2):
                    entry = MinuteEntry.objects.create(item=item, order=e + 1,
                                                       text=f"Transport and budget note {n}.{e}")
                action = Action.objects.create(
                    meeting=meeting, entry=entry, text=f"Chase the transport budget {n}",
                    due_date=(now - timedelta(days=30)).date() if i else None,
                    due_next_meeting=not i)
                action.owners.set(owners)
            Decision.objects.create(meeting=meeting, text=f"Budget agreed {n}")
            Meeting.objects.filter(pk=meeting.pk).update(minutes_status="approved")
        Meeting.objects.create(body=body, start=now + timedelta(days=20 + body.pk))


def add_body_of_theirs(name: str) -> None:
    """Another body the clerk clerks and the member sits on, with areas to cover."""
    from minutebook.bodies.models import Area, Membership, Person, Role

    body = Body.objects.create(name=name, slug=name.lower().replace(" ", "-"),
                               required_phases=["primary", "special"])
    body.required_areas.set(Area.objects.all()[:3])
    for username, role in (("clerk", Role.CLERK), ("member", Role.MEMBER)):
        Membership.objects.create(body=body, person=Person.objects.get(user__username=username),
                                  role=role)


def browser(username):
    client = Client()
    if username:
        assert client.login(username=username, password="minutebook-demo")
    return client


def pages(demo) -> list[tuple[str, str | None]]:
    approved = Meeting.objects.filter(body=demo, minutes_status="approved").first()
    circulated = Meeting.objects.get(body=demo, minutes_status="circulated")
    return [
        ("/dashboard/", "clerk"), ("/dashboard/", "member"),
        (approved.get_absolute_url(), None), (circulated.get_absolute_url(), "member"),
        (f"/actions/?body={demo.slug}&status=open", "clerk"),
        (f"/actions/?body={demo.slug}&status=done", "member"),
        (f"/actions/?body={demo.slug}&status=open", None), ("/actions/", "clerk"),
        ("/search/?q=transport", None), ("/search/?q=budget+transport", "member"),
    ]


def queries_of(url, client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    # The page cache's own read of the generations comes and goes with the clock.
    return len([q for q in captured.captured_queries if "pagecache_" not in q["sql"]])


@pytest.fixture
def uncached(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def test_each_busy_page_asks_as_often_on_a_longer_archive(demo, uncached):
    add_years_of_meetings(1)
    clients = {name: browser(name) for name in ("clerk", "member", None)}
    shorter = {(url, user): queries_of(url, clients[user]) for url, user in pages(demo)}
    add_body_of_theirs("Harrowvale Special Schools Forum")
    add_body_of_theirs("Harrowvale Early Years Forum")
    add_years_of_meetings(3)
    longer = {(url, user): queries_of(url, clients[user]) for url, user in pages(demo)}
    assert longer == shorter
    # Asked again, each page asks as often again.
    assert {(url, user): queries_of(url, clients[user]) for url, user in pages(demo)} == longer
