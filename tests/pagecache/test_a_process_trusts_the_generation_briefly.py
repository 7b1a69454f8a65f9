"""Each process trusts the generation it last read for a moment; its own writes at once."""

from conftest import open_entry
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from minutebook.meetings.models import Action
from minutebook.pagecache import models, pages
from minutebook.pagecache.models import Generation, current


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def written_elsewhere(token="from-another-server"):
    # Through the ORM but to the generation's own table, which no kept page shows: this
    # process does not notice, as it would not notice another process's write.
    Generation.objects.filter(pk=models.ROW).update(token=token)


def test_a_write_elsewhere_is_seen_once_the_trust_runs_out(monkeypatch, db):
    clock = Clock()
    monkeypatch.setattr(models.time, "monotonic", clock)
    before = current()
    written_elsewhere()
    assert current() == before
    clock.now += models.TRUST_SECONDS
    assert current() == "from-another-server"


def test_a_kept_page_costs_no_query_while_the_generation_is_trusted(client, approved,
                                                                     monkeypatch):
    clock = Clock()
    monkeypatch.setattr(models.time, "monotonic", clock)
    client.get(approved.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        client.get(approved.get_absolute_url())
    assert len(queries) == 0


def test_a_write_here_is_trusted_at_once(monkeypatch, demo):
    clock = Clock()
    monkeypatch.setattr(models.time, "monotonic", clock)
    before = current()
    Action.objects.filter(meeting__body=demo).update(text="Rewritten.")
    assert current() != before


def test_a_browser_that_just_wrote_sees_what_it_wrote_on_any_process(member, circulated,
                                                                       monkeypatch):
    clock = Clock()
    monkeypatch.setattr(models.time, "monotonic", clock)
    url = circulated.get_absolute_url()
    member.get(url)
    member.get(url)  # kept for this browser
    old = models.snapshot()
    clerk = Client()
    assert clerk.login(username="clerk", password="minutebook-demo")
    entry = open_entry(circulated)
    response = clerk.post(f"/entries/{entry.pk}/", {
        "kind": entry.kind, "text": "Members welcomed the timetable.", "version": entry.version,
    }, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response.cookies[pages.WROTE_COOKIE]["max-age"] == pages.WROTE_SECONDS
    # The clerk's next page may be served by a process that read the old generation a moment
    # ago; the cookie sends it to the database for the generation.
    models._known = (old, clock.now)
    assert "Members welcomed the timetable." in clerk.get(url).content.decode()
    # Another browser, on a process that read the old generation a moment ago, may see the
    # old page for up to TRUST_SECONDS.
    models._known = (old, clock.now)
    assert "Members welcomed the timetable." not in member.get(url).content.decode()
    clock.now += models.TRUST_SECONDS
    assert "Members welcomed the timetable." in member.get(url).content.decode()


def test_a_page_built_by_a_request_that_wrote_is_not_kept(client, approved, monkeypatch):
    def written_as_read(fresh=False):
        models.advance()
        return models.snapshot(fresh=True)

    monkeypatch.setattr(pages, "snapshot", written_as_read)
    response = client.get(approved.get_absolute_url())
    assert pages.WROTE_COOKIE in response.cookies
