"""An uploaded document without a meeting date: the review page asks the clerk for it, and
nothing is imported until it is given."""

from django.core.files.uploadedfile import SimpleUploadedFile

from minutebook.documents.models import Document
from minutebook.meetings.models import Attendance, Meeting

UNDATED = b"""Penhallow Village Hall Trustees

Present: Ysolde Tregear, Piran Hosking

1. Roof repairs
The quote of four thousand pounds was accepted.
"""


def upload(client, body):
    client.post(f"/bodies/{body.slug}/import/",
                {"file": SimpleUploadedFile("trustees.txt", UNDATED)})
    return Document.objects.get()


def test_the_review_page_asks_for_the_date(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    doc = upload(client, demo)
    page = client.get(f"/documents/{doc.pk}/").content.decode()
    assert "needs a date" in page
    assert "No meeting date was found in the document" in page
    assert 'name="date"' in page and "required" in page


def test_confirming_without_a_date_imports_nothing(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    doc = upload(client, demo)
    before = Meeting.objects.count()
    response = client.post(f"/documents/{doc.pk}/confirm/", {"date": ""}, follow=True)
    assert "needs a date" in response.content.decode()
    assert Meeting.objects.count() == before
    doc.refresh_from_db()
    assert doc.status == "parsed"


def test_the_date_given_on_the_review_page_makes_the_meeting(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    doc = upload(client, demo)
    response = client.post(f"/documents/{doc.pk}/confirm/", {"date": "2021-04-27"})
    meeting = Meeting.objects.get(body=demo, start__date="2021-04-27")
    assert response.url == meeting.get_absolute_url()
    assert Attendance.objects.filter(meeting=meeting).count() == 2
    doc.refresh_from_db()
    assert doc.status == "imported" and doc.meeting == meeting
    assert "The meeting date was given on the review page" in doc.warnings
    assert not any(w.startswith("No meeting date was found") for w in doc.warnings)
    # A second confirm changes nothing.
    client.post(f"/documents/{doc.pk}/confirm/", {"date": "2021-04-27"})
    assert Meeting.objects.filter(body=demo, start__date="2021-04-27").count() == 1


def test_a_malformed_date_is_refused_in_one_line(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    doc = upload(client, demo)
    before = Meeting.objects.count()
    response = client.post(f"/documents/{doc.pk}/confirm/", {"date": "27/04/21"}, follow=True)
    assert "is not a date" in response.content.decode()
    assert Meeting.objects.count() == before
