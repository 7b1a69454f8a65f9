"""The review page says whether an upload reads as minutes, an agenda or a paper, and why;
the clerk can say otherwise, and the document is imported as the clerk says."""

from django.core.files.uploadedfile import SimpleUploadedFile

from minutebook.documents.models import Document
from minutebook.meetings.models import Action, Meeting, MinutesStatus

AGENDA = b"""Harrowvale Secondary Forum
AGENDA
The forum will be held on Thursday 8 October 2026 at County Hall.
1. To receive apologies
2. To approve the minutes of the last meeting
3. To consider the transport review
4. Any other business
"""
MINUTES = b"""Minutes of the Harrowvale Secondary Forum held on 8 October 2026
Present: Rachel Tandy (Chair)
1. Transport review
ACTION: Clerk to circulate the transport review paper.
"""


def upload(client, body, name, data):
    client.post(f"/bodies/{body.slug}/import/", {"file": SimpleUploadedFile(name, data)})
    return Document.objects.get(original_name=name)


def test_an_uploaded_agenda_is_shown_as_one_and_confirmed_as_the_meetings_agenda(client,
                                                                               demo):
    client.login(username="clerk", password="minutebook-demo")
    doc = upload(client, demo, "october agenda.txt", AGENDA)
    page = client.get(f"/documents/{doc.pk}/").content.decode()
    assert "Read as an agenda" in page and "members summoned" not in page
    assert "To consider the transport review" in page
    assert 'value="agenda" checked' in page
    response = client.post(f"/documents/{doc.pk}/confirm/", {"kind": "agenda"})
    meeting = Meeting.objects.get(body=demo, start__date="2026-10-08")
    assert response.url == meeting.get_absolute_url()
    assert meeting.minutes_status == MinutesStatus.NONE
    assert meeting.agenda_items.count() == 4
    # Confirming twice does nothing more.
    client.post(f"/documents/{doc.pk}/confirm/", {"kind": "agenda"})
    assert meeting.agenda_items.count() == 4


def test_the_clerk_keeps_as_a_paper_what_was_read_as_minutes(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    doc = upload(client, demo, "october minutes.txt", MINUTES)
    page = client.get(f"/documents/{doc.pk}/").content.decode()
    assert "Read as minutes" in page
    response = client.post(f"/documents/{doc.pk}/confirm/", {"kind": "paper"})
    doc.refresh_from_db()
    assert doc.kind == "paper"
    assert not Action.objects.filter(text__icontains="transport review paper").exists()
    # The body has no meeting of its date: the paper waits on the import page to be placed.
    assert response.status_code == 302 and doc.status == "parsed" and doc.meeting is None
    assert not Meeting.objects.filter(body=demo, start__date="2026-10-08").exists()
    page = client.get(f"/bodies/{demo.slug}/import/").content.decode()
    assert "october minutes.txt" in page and "a paper to place" in page
