import pytest

pytestmark = pytest.mark.browser


def test_the_clerk_opens_the_forum_and_sees_its_next_meeting_and_open_actions(
    live_server, demo_live, page, screenshot, log_in
):
    log_in("clerk")
    page.get_by_role("heading", name="Dashboard").wait_for()
    screenshot("dashboard")
    bodies = page.get_by_role("navigation", name="Your bodies")
    bodies.get_by_role("link", name="Harrowvale Secondary Forum", exact=True).click()
    page.get_by_role("heading", name="Harrowvale Secondary Forum").wait_for()
    next_meeting = demo_live.meetings.upcoming().order_by("start").first()
    section = page.locator("section", has=page.get_by_role("heading", name="Next meeting"))
    assert f"{next_meeting.start:%-d %B %Y}" in section.inner_text()
    actions = page.locator("section", has=page.get_by_role("heading", name="Open actions"))
    assert "Invite Dunholt heads" in actions.inner_text()
    assert "Dunholt" in page.locator(".gap").inner_text()
    screenshot("forum")
    page.get_by_role("list", name="Past meetings").get_by_role("link").first.click()
    page.get_by_role("table", name="Minutes").wait_for()
    assert "confidential" in page.locator("table.minutes").inner_text().lower()
    screenshot("meeting")


def test_an_anonymous_visitor_never_sees_the_confidential_entry(live_server, demo_live, page):
    meeting = demo_live.meetings.filter(minutes_status="approved").first()
    page.goto(f"{live_server.url}{meeting.get_absolute_url()}")
    text = page.locator("main").inner_text().lower()
    assert "matters arising" in text
    assert "formal support" not in text
    assert "withheld" in text


def test_the_minutes_fit_a_phone_screen(live_server, demo_live, page, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    meeting = demo_live.meetings.filter(minutes_status="approved").first()
    page.goto(f"{live_server.url}{meeting.get_absolute_url()}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    for path in ("/", "/actions/", demo_live.get_absolute_url()):
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    screenshot("phone-home")
