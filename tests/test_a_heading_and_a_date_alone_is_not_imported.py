"""A document that holds only a heading and a date is not made into an empty approved
meeting: the import counts it as failed and the review page says why."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from minutebook.documents.models import Document
from minutebook.meetings.models import Meeting

BARE = "Minutes of the Quarry Road Residents' Association\n\nThursday 2nd February 2023\n"
AGENDA_ONLY = ("Harwick Sailing Club committee\n\n12 June 2022\n\n1. Apologies\n"
               "2. Minutes of the last meeting\n3. Any other business\n")


def test_the_import_counts_it_as_failed_and_makes_no_meeting(forum, tmp_path):
    (tmp_path / "bare.txt").write_text(BARE)
    (tmp_path / "agenda.txt").write_text(AGENDA_ONLY)
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import", str(tmp_path / "bare.txt"), str(tmp_path / "agenda.txt"), "--body", forum.name, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    assert code == 1
    assert "Imported 0 meetings" in out.getvalue() and "2 failed" in out.getvalue()
    assert not Meeting.objects.exists()


def test_the_review_page_warns_and_confirming_is_refused(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    client.post(f"/bodies/{demo.slug}/import/",
                {"file": SimpleUploadedFile("bare.txt", BARE.encode())})
    doc = Document.objects.get()
    page = client.get(f"/documents/{doc.pk}/").content.decode()
    assert "Only a heading and a date were found" in page
    before = Meeting.objects.count()
    response = client.post(f"/documents/{doc.pk}/confirm/", {"date": "2023-02-02"}, follow=True)
    assert "holds only a heading and a date" in response.content.decode()
    assert Meeting.objects.count() == before
    doc.refresh_from_db()
    assert doc.status == "parsed" and doc.meeting is None
