"""While one worker builds a stale page again, the others serve the previous copy; the
browser that wrote, never."""

import time

from django.test import Client
from tracker_pages import mark_done, public_action, status_shown, tracker

from minutebook.pagecache import rebuilds


def test_the_previous_copy_is_served_while_another_worker_rebuilds(client, demo, monkeypatch):
    action = public_action(demo)
    clerk = Client()
    assert clerk.login(username="clerk", password="minutebook-demo")  # a write to every page
    client.get(tracker(demo))
    clerk.get(tracker(demo))
    mark_done(clerk, action)
    monkeypatch.setattr(rebuilds, "claim", lambda key: False)  # held by another worker
    assert status_shown(client.get(tracker(demo)).content.decode(), action) == "Open"
    # The clerk who wrote sees it at once, whoever is rebuilding.
    assert '<option value="done" selected>' in clerk.get(tracker(demo)).content.decode()
    monkeypatch.undo()
    assert status_shown(client.get(tracker(demo)).content.decode(), action) == "Done"


def test_one_claim_at_a_time_and_a_lapsed_claim_is_taken_over(db, monkeypatch):
    assert rebuilds.claim("page:abc")
    assert not rebuilds.claim("page:abc")
    assert rebuilds.claim("page:other")
    rebuilds.release("page:abc")
    assert rebuilds.claim("page:abc")
    later = time.time() + rebuilds.CLAIM_SECONDS + 1
    monkeypatch.setattr(rebuilds.time, "time", lambda: later)
    assert rebuilds.claim("page:abc")  # its holder died: the claim lapsed
    assert not rebuilds.claim("page:abc")
