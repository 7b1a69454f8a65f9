"""Papers in a clerk's folder (reports, budgets) are kept as documents of the meeting of their
date, even when the minutes come later in the folder; a paper with no such meeting is listed
for the clerk, on the import page and in the import's summary."""

import io
from datetime import date

from django.core.management import call_command

from minutebook.documents.models import Document, DocumentStatus
from minutebook.meetings.models import Meeting

MINUTES = """Minutes of the Orchard Lane Residents Association held on 3 October 2024
Present: Hettie Blake (Chair), Ivo Marsh, Juno Pratt
1. Treasurer's report
The report was received. It was agreed to open a savings account.
"""
REPORT = """Treasurer's Report to the Residents Association
3 October 2024
The current account holds £2,140. Subscriptions have been received from 41 households.
"""
STRAY = """Annual Budget Proposal 2025
Prepared 12 January 2025
Income is expected from subscriptions and the summer fair.
"""


def run(folder, body, *extra):
    out = io.StringIO()
    try:
        call_command("import", str(folder), "--body", body.name, *extra, stdout=out,
                     stderr=io.StringIO())
    except SystemExit:
        pass
    return out.getvalue()


def test_a_paper_read_before_its_minutes_is_kept_with_their_meeting(forum, tmp_path):
    folder = tmp_path / "orchard"
    folder.mkdir()
    (folder / "a treasurer report.txt").write_text(REPORT)
    (folder / "b minutes.txt").write_text(MINUTES)
    out = run(folder, forum)
    meeting = Meeting.objects.get(body=forum, start__date=date(2024, 10, 3))
    paper = Document.objects.get(original_name="a treasurer report.txt")
    assert paper.kind == "paper" and paper.meeting == meeting
    assert paper.status == DocumentStatus.IMPORTED
    assert "needs review: a treasurer report" not in out
    assert "1 already imported" not in out
    again = run(folder, forum)
    assert "2 already imported" in again and Meeting.objects.filter(body=forum).count() == 1


def test_a_paper_with_no_meeting_is_listed_for_the_clerk(tmp_path, client, demo):
    folder = tmp_path / "orchard"
    folder.mkdir()
    (folder / "budget.txt").write_text(STRAY)
    out = run(folder, demo)
    paper = Document.objects.get()
    assert paper.kind == "paper" and paper.meeting is None and paper.status == "parsed"
    assert f"needs review: budget.txt (a paper with no meeting of its date) /documents/{paper.pk}/" in out
    assert not Meeting.objects.filter(start__date=date(2025, 1, 12)).exists()
    client.login(username="clerk", password="minutebook-demo")
    page = client.get(f"/bodies/{demo.slug}/import/").content.decode()
    assert "budget.txt" in page and "a paper to place with its meeting" in page


def test_the_clerk_places_a_listed_paper_with_a_meeting_on_its_review_page(client, demo,
                                                                          tmp_path):
    folder = tmp_path / "orchard"
    folder.mkdir()
    (folder / "budget.txt").write_text(STRAY)
    run(folder, demo)
    paper = Document.objects.get()
    meeting = Meeting.objects.filter(body=demo).order_by("start").first()
    client.login(username="clerk", password="minutebook-demo")
    page = client.get(f"/documents/{paper.pk}/").content.decode()
    assert "Read as a paper" in page and 'name="meeting"' in page
    response = client.post(f"/documents/{paper.pk}/confirm/",
                           {"kind": "paper", "meeting": meeting.pk})
    assert response.status_code == 302 and response.url == meeting.get_absolute_url()
    paper.refresh_from_db()
    assert paper.meeting == meeting and paper.status == DocumentStatus.IMPORTED
    page = client.get(f"/bodies/{demo.slug}/import/").content.decode()
    assert "Read, waiting for you" not in page and "a paper to place" not in page
