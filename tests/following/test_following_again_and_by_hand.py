"""Following works the second time, for a meeting imported later, and leaves the clerk's own
changes alone; the tracker and the next agenda then show only what is live."""

from datetime import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from minutebook.bodies.models import Body
from minutebook.documents.following import follow_body
from minutebook.meetings.agenda import matters_arising
from minutebook.meetings.models import Action, ActionUpdate, Meeting

from .conftest import SERIES, the_action


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


def history() -> list:
    return sorted(ActionUpdate.objects.values_list("action_id", "meeting_id", "status"))


def test_following_again_records_nothing_twice(import_series):
    body, _ = import_series("brackwater")
    before, statuses = history(), sorted(Action.objects.values_list("pk", "status"))
    again = follow_body(body)
    assert again.links == [] and again.lapsed == 0
    assert history() == before
    assert sorted(Action.objects.values_list("pk", "status")) == statuses


def test_a_later_meeting_imported_on_its_own_settles_what_it_reports(db):
    folder = SERIES / "brackwater"
    body = Body.objects.create(name="Brackwater Parish Council", slug="brackwater-pc")
    early = sorted(folder.iterdir())[:3]
    call_command("import", *map(str, early), body=body.slug)
    stile = the_action("2024-01-10", "Mill Lane stile")
    assert stile.status == "open"
    call_command("import", str(sorted(folder.iterdir())[3]), body=body.slug)
    stile.refresh_from_db()
    assert stile.status == "done"
    assert timezone.localdate(stile.closed_at.start).isoformat() == "2024-04-10"


def test_a_lapsed_action_the_clerk_reopens_stays_open(import_series, clerk, demo):
    import_series("brackwater", body=demo)
    lights = the_action("2024-01-10", "Christmas lights")
    assert lights.status == "lapsed"
    response = clerk.post(f"/actions/{lights.pk}/update/", {
        "status": "open", "note": "Still in the loft?", "version": lights.version})
    assert response.status_code in (200, 302)
    lights.refresh_from_db()
    assert lights.status == "open"
    follow_body(demo)
    lights.refresh_from_db()
    assert lights.status == "open"


def test_the_tracker_and_the_next_agenda_show_only_live_actions(import_series, clerk, demo):
    import_series("brackwater", body=demo)
    imported = [a for a in Action.objects.filter(meeting__body=demo) if "allotment" in a.text]
    assert imported and imported[0].status == "open"
    page = clerk.get(f"/actions/?body={demo.slug}").content.decode()
    assert "allotment plots" in page
    assert "Christmas lights" not in page and "defibrillator" not in page
    lapsed = clerk.get(f"/actions/?body={demo.slug}&status=lapsed").content.decode()
    assert "Christmas lights" in lapsed
    later = Meeting.objects.create(body=demo, start=timezone.make_aware(datetime(2024, 5, 8)))
    proposed = " ".join(p.title for p in matters_arising(later))
    assert "allotment plots" in proposed
    assert "Christmas lights" not in proposed and "Mill Lane stile" not in proposed
