import pytest

pytestmark = pytest.mark.browser


def test_no_page_breaks_the_content_security_policy(live_server, demo_live, page, log_in):
    refused = []
    page.on("console", lambda msg: refused.append(msg.text)
            if "Content Security Policy" in msg.text else None)
    log_in("clerk")
    meeting = demo_live.meetings.filter(minutes_status="circulated").get()
    for path in ("/dashboard/", demo_live.get_absolute_url(), meeting.get_absolute_url(),
                 f"/meetings/{meeting.pk}/minutes/", "/actions/", "/search/?q=heads",
                 f"/bodies/{demo_live.slug}/schedule/", f"/meetings/{meeting.pk}/agenda/",
                 "/admin/", "/admin/meetings/meeting/"):
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    # htmx still works under the policy: an in-place status change swaps the row.
    page.goto(f"{live_server.url}/actions/")
    row = page.locator("tbody tr").first
    with page.expect_response(lambda r: "/update/" in r.url):
        row.get_by_role("button", name="Update").click()
    assert refused == []
