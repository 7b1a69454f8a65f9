import re

import pytest

from minutebook.meetings.models import Action

pytestmark = pytest.mark.browser


def test_a_clerk_minutes_a_meeting_and_closes_its_action(live_server, demo_live, page, log_in,
                                                         screenshot):
    log_in("clerk")
    page.goto(f"{live_server.url}{demo_live.get_absolute_url()}")
    page.get_by_role("link", name="New meeting").click()
    page.get_by_label("Date and time").fill("2026-12-16T09:30")
    page.get_by_label("Venue").fill("Castlemere School hall")
    page.get_by_role("button", name="Create meeting").click()
    page.get_by_role("heading", name="Attendance").wait_for()

    with page.expect_response(lambda r: "/attendance/" in r.url):
        page.get_by_label("Attendance of Adrian Bellamy").select_option("present")
    page.get_by_label("Title").fill("Membership check")
    page.get_by_role("button", name="Add item").click()
    page.get_by_text("Add an entry to Membership check").click()
    item = page.locator("details.add-entry")
    item.get_by_label("Kind").select_option("action")
    item.get_by_label("Text").fill("Write to Dunholt heads about a representative.")
    item.get_by_label("Action owners").fill("AB & DT")
    item.get_by_label("Due by the next meeting").check()
    item.get_by_role("button", name="Add entry").click()
    page.get_by_text("Owner: AB & DT").wait_for()
    assert page.get_by_label("Attendance of Adrian Bellamy").input_value() == "present"
    screenshot("minutes-editor")

    page.get_by_role("link", name="Actions", exact=True).click()
    page.get_by_label("Body").select_option(demo_live.slug)
    page.get_by_role("button", name="Filter").click()
    # The unfiltered list holds the row too; act only on the page the filter brought.
    page.wait_for_url(re.compile(rf"[?&]body={demo_live.slug}"))
    row = page.locator("tr", has_text="Write to Dunholt heads about a representative.")
    assert "AB & DT" in row.inner_text()
    screenshot("action-tracker")
    row.get_by_label("Status of this action").select_option("done")
    row.get_by_label("Progress note").fill("Letter sent.")
    with page.expect_response(lambda r: "/update/" in r.url):
        row.get_by_role("button", name="Update").click()
    action = Action.objects.get(text__startswith="Write to Dunholt heads about")
    assert action.status == "done"
    assert row.get_by_label("Status of this action").input_value() == "done"


def test_a_member_reads_the_minutes_but_cannot_edit_them(live_server, demo_live, page, log_in,
                                                         screenshot):
    log_in("member")
    meeting = demo_live.meetings.filter(minutes_status="circulated").get()
    page.goto(f"{live_server.url}{meeting.get_absolute_url()}")
    assert "formal support" in page.locator("table.minutes").inner_text()
    assert page.get_by_role("link", name="Edit minutes and attendance").count() == 0
    screenshot("member-meeting")
    response = page.goto(f"{live_server.url}/meetings/{meeting.pk}/minutes/")
    assert response.status == 403
    page.goto(f"{live_server.url}/actions/")
    assert page.get_by_role("button", name="Update").count() == 0
