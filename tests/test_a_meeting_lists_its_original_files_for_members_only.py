"""A meeting's page lists the files it came from (minutes, agenda, papers) for its body's
members and clerk, who may download them; the public and outsiders see no list and get 404."""

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from minutebook.documents.models import Document

AGENDA = b"""Harrowvale Secondary Forum
AGENDA
The forum will be held on Thursday 8 October 2026 at County Hall.
1. To receive apologies
2. To consider the transport review
3. Any other business
"""


def test_only_members_see_and_fetch_the_original_files(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    client.post(f"/bodies/{demo.slug}/import/",
                {"file": SimpleUploadedFile("october agenda.txt", AGENDA)})
    doc = Document.objects.get()
    client.post(f"/documents/{doc.pk}/confirm/", {"kind": "agenda"})
    doc.refresh_from_db()
    url = doc.meeting.get_absolute_url()
    page = client.get(url).content.decode()
    assert "Files as they came" in page and "october agenda.txt</a> (agenda)" in page
    assert client.get(f"/documents/{doc.pk}/download/").status_code == 200
    client.logout()
    page = client.get(url).content.decode()
    assert "october agenda.txt" not in page
    get_user_model().objects.create_user("outsider", password="a-long-passphrase-1")
    client.login(username="outsider", password="a-long-passphrase-1")
    assert "october agenda.txt" not in client.get(url).content.decode()
    assert client.get(f"/documents/{doc.pk}/download/").status_code == 404
