from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from minutebook.documents.models import Document
from minutebook.meetings.models import Action, Attendance, Meeting

FIXTURE = Path(__file__).parent / "fixtures" / "harrowvale-forum-2025-03-12.txt"


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


def upload(client, body, name="minutes.txt", data=None):
    data = FIXTURE.read_bytes() if data is None else data
    return client.post(
        f"/bodies/{body.slug}/import/", {"file": SimpleUploadedFile(name, data)}
    )


def test_a_clerk_uploads_and_sees_the_parse_with_warnings_highlighted(clerk, demo):
    response = upload(clerk, demo)
    doc = Document.objects.get()
    assert response.status_code == 302 and response.url == f"/documents/{doc.pk}/"
    html = clerk.get(response.url).content.decode()
    assert "Check these" in html
    assert "DT is named as an action owner but is not in the attendance list" in html
    assert 'class="flag"' in html and "Not in the attendance list: DT" in html
    assert 'value="Rachel Tandy"' in html
    assert not Meeting.objects.filter(start__year=2025).exists()  # nothing until confirmed


def test_confirming_applies_the_clerks_corrections(clerk, demo):
    upload(clerk, demo)
    doc = Document.objects.get()
    people = doc.parsed["present"] + doc.parsed["apologies"]
    tom = next(n for n, p in enumerate(people) if p["name"] == "Tom Yates")
    dunholt = next(n for n, a in enumerate(doc.parsed["actions"]) if "Dunholt" in a["text"])
    form = {f"att-{tom}-status": "present", f"att-{tom}-name": "Tom Yates",
            f"act-{dunholt}-owners": "AB & Directors"}
    response = clerk.post(f"/documents/{doc.pk}/confirm/", form)
    meeting = Meeting.objects.get(start__year=2025, body=demo)
    assert response.url == meeting.get_absolute_url()
    tom_row = Attendance.objects.get(meeting=meeting, person__family_name="Yates")
    assert tom_row.status == "present"
    action = Action.objects.get(meeting=meeting, text__icontains="Dunholt")
    assert action.owners_as_written == "AB & Directors"
    assert action.owner_groups == ["Directors"]
    assert [p.full_name for p in action.owners.all()] == ["Adrian Bellamy"]


def test_the_original_file_can_be_downloaded(clerk, demo):
    upload(clerk, demo)
    doc = Document.objects.get()
    response = clerk.get(f"/documents/{doc.pk}/download/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == FIXTURE.read_bytes()
    assert 'filename="minutes.txt"' in response["Content-Disposition"]


def test_an_unreadable_upload_gets_one_line_and_nothing_is_stored(clerk, demo):
    response = upload(clerk, demo, name="broken.docx", data=b"not a zip at all")
    assert response.status_code == 200
    assert "broken.docx: not a valid .docx" in response.content.decode()
    assert not Document.objects.exists()


def test_a_member_cannot_upload_or_review(client, demo):
    client.login(username="member", password="minutebook-demo")
    assert upload(client, demo).status_code == 403
    assert not Document.objects.exists()


def test_the_public_cannot_download_originals(client, demo):
    clerk_client = client
    clerk_client.login(username="clerk", password="minutebook-demo")
    upload(clerk_client, demo)
    clerk_client.logout()
    doc = Document.objects.get()
    assert client.get(f"/documents/{doc.pk}/download/").status_code == 302  # to login
    assert client.get(f"/documents/{doc.pk}/").status_code == 302


def test_an_upload_over_the_limit_is_refused_with_one_line(clerk, demo, settings):
    settings.MAX_UPLOAD_BYTES = 1024
    response = upload(clerk, demo, name="big.txt", data=b"x" * 2048)
    assert response.status_code == 200
    assert "is larger than" in response.content.decode()
    assert not Document.objects.exists()
