"""Kept pages after a clerk's change to one body: an entry marked confidential, an item moved
under a confidential item. Every kind of reader has read every kept page before; afterwards,
even with every stale page's rebuild claimed by some other worker (so that the previous copy
would be served wherever that is allowed), none is shown what they may no longer read."""

import contextlib

import pytest

from minutebook.meetings.models import Action, AgendaItem, Meeting, MinuteEntry
from minutebook.pagecache import models as generations
from minutebook.pagecache import rebuilds
from minutebook.pagecache.writes import claimed

from .conftest import ROLES

MARKED = "CANARYMARKEDLATER"
MOVED = "CANARYMOVEDLATER"
RAISED = "CANARYRAISEDLATER"
LATER = (MARKED, MOVED, RAISED)
# Who may still read them once marked or moved: the forum's members and its clerk.
STILL_ENTITLED = {"member", "clerk"}


@pytest.fixture
def open_rows(planted):
    meeting = planted["approved"]
    Meeting.objects.filter(pk=meeting.pk).update(minutes_status="draft")
    open_item = meeting.agenda_items.filter(confidential=False, parent=None).first()
    entry = MinuteEntry.objects.create(item=open_item, text=f"{MARKED} on the budget")
    Action.objects.create(meeting=meeting, entry=entry, text=f"{RAISED} chase the budget")
    wandering = AgendaItem.objects.create(meeting=meeting, title="Any other business", order=50)
    MinuteEntry.objects.create(item=wandering, text=f"{MOVED} about transport")
    Meeting.objects.filter(pk=meeting.pk).update(minutes_status="approved")
    return meeting, entry, wandering


def pages(meeting) -> list[str]:
    return [meeting.get_absolute_url(), f"/search/?q={MARKED.lower()}",
            f"/search/?q={MOVED.lower()}", f"/search/?q={RAISED.lower()}",
            "/actions/?status=all", f"/actions/?body={meeting.body.slug}&status=all",
            "/dashboard/"]


def read_all(clients, meeting) -> dict[str, str]:
    """Each role's text of every page, asked for twice (the second answer is a kept one)."""
    seen = {}
    for role in ROLES:
        texts = []
        for url in pages(meeting):
            clients[role].get(url)
            texts.append(clients[role].get(url).content.decode())
        seen[role] = "\n".join(texts)
    return seen


@contextlib.contextmanager
def clerks_request(body):
    """Writes made as a request shown to edit this body makes them."""
    token = claimed.set(frozenset({body.pk}))
    try:
        yield
    finally:
        claimed.reset(token)


@pytest.mark.parametrize("change", ["mark the entry", "move the item"])
def test_no_kept_page_shows_what_a_change_withdrew(change, open_rows, clients, monkeypatch):
    meeting, entry, wandering = open_rows
    before = read_all(clients, meeting)
    canary = MARKED if change == "mark the entry" else MOVED
    for role in ROLES:
        assert canary in before[role], role  # approved and public: everyone read it

    global_token = generations.current(fresh=True)
    # From now on every stale page's rebuild is claimed elsewhere: its previous copy is
    # served wherever that is allowed.
    monkeypatch.setattr(rebuilds, "claim", lambda key: False)
    with clerks_request(meeting.body):
        if change == "mark the entry":
            MinuteEntry.objects.filter(pk=entry.pk).update(confidential=True)
        else:
            secret = meeting.agenda_items.filter(confidential=True).first()
            AgendaItem.objects.filter(pk=wandering.pk).update(parent=secret)
    # The change was counted for the forum alone, not for every page.
    assert generations.current(fresh=True) == global_token

    after = read_all(clients, meeting)
    withdrawn = (MARKED, RAISED) if change == "mark the entry" else (MOVED,)
    for role in ROLES:
        for word in withdrawn:
            if role in STILL_ENTITLED:
                assert word in after[role], (role, word)
            else:
                assert word not in after[role], (role, word)


def test_a_second_change_is_followed_as_the_first(open_rows, clients, monkeypatch):
    meeting, entry, wandering = open_rows
    read_all(clients, meeting)
    monkeypatch.setattr(rebuilds, "claim", lambda key: False)
    secret = meeting.agenda_items.filter(confidential=True).first()
    with clerks_request(meeting.body):
        MinuteEntry.objects.filter(pk=entry.pk).update(confidential=True)
    read_all(clients, meeting)
    with clerks_request(meeting.body):
        AgendaItem.objects.filter(pk=wandering.pk).update(parent=secret)
    after = read_all(clients, meeting)
    for role in set(ROLES) - STILL_ENTITLED:
        assert not [w for w in LATER if w in after[role]], role
