"""axe-core checks every main page; the keyboard reaches the content with a visible focus."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def violations(page):
    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]]


def test_public_pages_have_no_accessibility_violations(live_server, demo_live, page):
    meeting = demo_live.meetings.filter(minutes_status="approved").first()
    for path in ("/", "/accounts/login/", demo_live.get_absolute_url(),
                 meeting.get_absolute_url(), "/actions/", "/decisions/", "/search/?q=forum",
                 "/accounts/password-reset/"):
        page.goto(f"{live_server.url}{path}")
        assert violations(page) == [], path


def test_clerk_pages_have_no_accessibility_violations(live_server, demo_live, page, log_in,
                                                      screenshot):
    log_in("clerk")
    meeting = demo_live.meetings.past().first()
    person = demo_live.memberships.get(role="chair").person
    for name, path in (("dashboard", "/dashboard/"), ("editor", f"/meetings/{meeting.pk}/minutes/"),
                       ("person", person.get_absolute_url()), ("tracker", "/actions/?status=all"),
                       ("upload", f"/bodies/{demo_live.slug}/import/")):
        page.goto(f"{live_server.url}{path}")
        assert violations(page) == [], path
        screenshot(f"a11y-{name}")


def test_the_keyboard_reaches_the_content_with_a_visible_focus(live_server, demo_live, page):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    # Playwright learns of the new address from the browser a moment later.
    page.wait_for_function("location.hash === '#main'", timeout=5000)
    assert page.url.endswith("#main")
