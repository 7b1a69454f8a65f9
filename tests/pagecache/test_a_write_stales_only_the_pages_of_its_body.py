"""A clerk's write stales the kept pages of the body written to, and no other body's."""

from conftest import open_entry
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from tracker_pages import OTHER_BODY, mark_done, public_action, status_shown, tracker

from minutebook.meetings.models import Action, Meeting
from minutebook.pagecache.models import MINUTES, BodyGeneration, current, scope


def signed_in(username):
    browser = Client()
    assert browser.login(username=username, password="minutebook-demo")
    return browser


def test_an_update_in_one_body_leaves_the_other_bodys_pages_kept(client, demo):
    action = public_action(demo)
    clerk = signed_in("clerk")  # signing in is a write to every page (the user's row)
    for url in (tracker(demo), tracker(OTHER_BODY)):
        client.get(url)
        client.get(url)
    everything = current(fresh=True)
    mark_done(clerk, action)
    assert current(fresh=True) == everything  # not a write that stales every page
    with CaptureQueriesContext(connection) as queries:
        client.get(tracker(OTHER_BODY))
    assert len(queries) <= 1  # served as kept: at most the generations are read
    assert status_shown(client.get(tracker(demo)).content.decode(), action) == "Done"


def test_the_second_update_is_followed_as_the_first(client, demo):
    action = public_action(demo)
    clerk = signed_in("clerk")
    client.get(tracker(demo))
    mark_done(clerk, action)
    assert status_shown(client.get(tracker(demo)).content.decode(), action) == "Done"
    action.refresh_from_db()
    clerk.post(f"/actions/{action.pk}/update/", {"status": "open", "note": "Reopened.",
                                                 "version": action.version})
    assert status_shown(client.get(tracker(demo)).content.decode(), action) == "Open"


def test_a_write_outside_any_clerks_request_stales_every_page(client, demo):
    client.get(tracker(OTHER_BODY))
    everything = current(fresh=True)
    Action.objects.filter(pk=public_action(demo).pk).update(text="Rewritten by a command.")
    assert current(fresh=True) != everything
    with CaptureQueriesContext(connection) as queries:
        client.get(tracker(OTHER_BODY))
    assert len(queries) > 1  # built again


def test_a_changed_mark_is_a_withdrawal_and_new_words_are_not(demo):
    meeting = Meeting.objects.get(body=demo, minutes_status="circulated")
    entry = open_entry(meeting)
    clerk = signed_in("clerk")

    def edit(**changes):
        entry.refresh_from_db()
        data = {"kind": entry.kind, "text": entry.text, "version": entry.version, **changes}
        assert clerk.post(f"/entries/{entry.pk}/", data, HTTP_HX_REQUEST="true").status_code == 200
        return BodyGeneration.objects.get(pk=scope(demo.pk, MINUTES))

    first = edit(text="Members asked for the figures by March.")
    reworded = edit(text="Members asked for the figures by April.")
    assert reworded.token != first.token and reworded.sealed == first.sealed
    marked = edit(confidential="on")
    assert marked.sealed != reworded.sealed


def test_a_tracker_update_leaves_the_same_bodys_minutes_and_search_kept(client, demo):
    action = public_action(demo)
    clerk = signed_in("clerk")
    minutes = Meeting.objects.filter(body=demo, minutes_status="approved").first()
    urls = [minutes.get_absolute_url(), "/search/?q=transport"]
    for url in urls:
        client.get(url)
    mark_done(clerk, action)
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert len(queries) <= 1, url  # a status shows on neither
    assert status_shown(client.get(tracker(demo)).content.decode(), action) == "Done"
