"""On the review page, the meeting a paper is kept with is asked for only when the document
is to be imported as a paper: choosing Paper shows the chooser, choosing Minutes hides it."""

import pytest

from minutebook.documents.models import Document

pytestmark = pytest.mark.browser

MINUTES = """Minutes of the Harrowvale Secondary Forum held on 8 October 2026
Present: Rachel Tandy (Chair)
1. Transport review
ACTION: Clerk to circulate the transport review paper.
"""


def test_the_paper_meeting_chooser_follows_the_chosen_kind(live_server, demo_live, page, log_in,
                                                           tmp_path, screenshot):
    log_in("clerk")
    source = tmp_path / "october minutes.txt"
    source.write_text(MINUTES)
    page.goto(f"{live_server.url}/bodies/{demo_live.slug}/import/")
    page.locator("input[type=file]").set_input_files(str(source))
    page.get_by_role("button", name="Read the document").click()
    page.get_by_role("heading", name="What this document is").wait_for()
    doc = Document.objects.get(original_name="october minutes.txt")
    page.goto(f"{live_server.url}/documents/{doc.pk}/")
    chooser = page.get_by_label("As a paper, it is kept with the meeting")
    assert page.get_by_label("Minutes: the record of a meeting").is_checked()
    assert not chooser.is_visible()
    # Twice each way: the chooser follows every change of mind.
    for _ in range(2):
        page.get_by_label("A paper: a report, letter or budget kept with a meeting").check()
        assert chooser.is_visible()
        page.get_by_label("Minutes: the record of a meeting").check()
        assert not chooser.is_visible()
    page.get_by_label("A paper: a report, letter or budget kept with a meeting").check()
    screenshot("review-as-paper")
