import csv
import io

import pytest
from openpyxl import load_workbook

from minutebook.meetings.models import Action, ActionUpdate


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


def test_it_lists_open_actions_across_bodies_by_default(clerk, demo):
    html = clerk.get("/actions/").content.decode()
    assert "Invite Dunholt heads" in html
    assert "Share the attendance toolkit" not in html  # done long ago


def test_it_filters_by_owner_status_and_due(clerk, demo):
    bellamy = demo.memberships.get(role="chair").person
    html = clerk.get(f"/actions/?owner={bellamy.pk}&status=all").content.decode()
    assert "Write to the transport team" in html and "Circulate the draft" not in html
    overdue = clerk.get("/actions/?due=overdue").content.decode()
    assert "(overdue)" in overdue and "Invite Dunholt heads" not in overdue
    nxt = clerk.get("/actions/?due=next").content.decode()
    assert "Invite Dunholt heads" in nxt
    done = clerk.get(f"/actions/?body={demo.slug}&status=done").content.decode()
    assert "Share the attendance toolkit" in done


def test_marking_done_in_place_records_the_history(clerk, demo):
    action = Action.objects.open().filter(text__startswith="Invite Dunholt").first()
    response = clerk.post(f"/actions/{action.pk}/update/", {
        "status": "done", "note": "Two heads nominated.", "version": action.version,
    }, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and f'id="action-{action.pk}"' in response.content.decode()
    action.refresh_from_db()
    assert action.status == "done" and action.closed_at is not None
    update = ActionUpdate.objects.filter(action=action).last()
    assert update.note == "Two heads nominated." and update.author.username == "clerk"
    history = clerk.get(action.get_absolute_url()).content.decode()
    assert "Two heads nominated." in history and "Closed at" in history


def test_a_stale_update_is_refused(clerk, demo):
    action = Action.objects.open().first()
    clerk.post(f"/actions/{action.pk}/update/", {"status": "done", "version": action.version})
    response = clerk.post(f"/actions/{action.pk}/update/",
                          {"status": "dropped", "version": action.version},
                          HTTP_HX_REQUEST="true")
    assert response.status_code == 409
    action.refresh_from_db()
    assert action.status == "done"


def test_a_member_cannot_update_actions(client, demo):
    client.login(username="member", password="minutebook-demo")
    action = Action.objects.open().filter(confidential=False).first()
    response = client.post(f"/actions/{action.pk}/update/",
                           {"status": "done", "version": action.version})
    assert response.status_code == 403
    assert "Update" not in client.get("/actions/").content.decode().split("<tbody>")[1]


def test_the_filtered_list_exports_as_csv_and_xlsx(clerk, demo):
    rows = list(csv.reader(io.StringIO(clerk.get("/actions/export.csv?status=all").content.decode())))
    assert rows[0][:3] == ["Action", "Owners", "Body"]
    assert any("AB & DT" in r[1] for r in rows[1:])
    only_done = list(csv.reader(io.StringIO(
        clerk.get("/actions/export.csv?status=done").content.decode())))
    assert {r[5] for r in only_done[1:]} == {"Done"}
    book = load_workbook(io.BytesIO(clerk.get("/actions/export.xlsx?status=all").content))
    sheet = book["Actions"]
    assert sheet.max_row == len(rows)


def test_exports_neutralise_formulas(clerk, demo):
    action = Action.objects.first()
    Action.objects.filter(pk=action.pk).update(text="=HYPERLINK(\"http://evil\")")
    rows = list(csv.reader(io.StringIO(clerk.get("/actions/export.csv?status=all").content.decode())))
    assert any(r[0].startswith("'=HYPERLINK") for r in rows)


def test_the_public_export_holds_only_published_actions(client, demo):
    rows = list(csv.reader(io.StringIO(client.get("/actions/export.csv?status=all").content.decode())))
    texts = {r[0] for r in rows[1:]}
    assert "Circulate the draft high needs banding tables to forum members" in texts
    assert "Draft a shared transfer form with the primary executive" not in texts  # circulated


def test_long_lists_come_in_pages(clerk, demo, monkeypatch):
    from minutebook.meetings import tracker

    monkeypatch.setattr(tracker, "PAGE_SIZE", 5)
    first = clerk.get("/actions/?status=all").content.decode()
    assert "Page 1 of" in first and "page=2" in first
    second = clerk.get("/actions/?status=all&page=2").content.decode()
    assert "Page 2 of" in second and "Previous" in second
