import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from docx import Document

from minutebook.consultations.models import Consultation, Point, Theme, ThemeJob


@pytest.fixture(autouse=True)
def embedding_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTEBOOK_CACHE", str(tmp_path / "cache"))


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


@pytest.fixture
def paper(demo):
    return Consultation.objects.get()


def find_themes(clerk, paper):
    clerk.post(f"/consultations/{paper.pk}/find-themes/")
    call_command("run_jobs")
    return ThemeJob.objects.filter(consultation=paper).first()


def test_points_are_typed_pasted_taken_from_minutes_or_uploaded(clerk, demo, paper):
    url = f"/consultations/{paper.pk}/bodies/{demo.slug}/points/"
    before = Point.objects.count()
    clerk.post(url, {"text": "Transport costs for rural pupils are rising."})
    clerk.post(url, {"text": "- Buses are late\n- Routes changed without notice\n\n- Fares too high"})
    item = demo.meetings.past().first().agenda_items.get(title="Matters arising")
    clerk.post(url, {"item": item.pk})
    upload = SimpleUploadedFile("views.txt", b"The strategy needs a delivery plan with dates.\n\n"
                                             b"short\n\nSchools want a clear offer of support.\n")
    clerk.post(url, {"file": upload})
    sources = list(Point.objects.order_by("pk").values_list("source", flat=True)[before:])
    assert sources == ["typed", "pasted", "pasted", "pasted", "minutes", "document", "document"]
    assert Point.objects.filter(text="Routes changed without notice").exists()
    assert "changed without" in clerk.get("/search/?q=routes+notice").content.decode()


def test_the_clerk_sees_which_bodies_have_not_responded(clerk, demo, paper):
    paper.responses.filter(body__slug="harrowvale-primary-executive").delete()
    html = clerk.get(paper.get_absolute_url()).content.decode()
    row = html.split("Harrowvale Primary Headteachers Executive</th>")[1].split("</tr>")[0]
    assert "No response yet" in row


def test_themes_are_found_by_the_worker_not_the_request(clerk, paper):
    paper.themes.all().delete()  # the demo opens with its themes found: start from none
    clerk.post(f"/consultations/{paper.pk}/find-themes/")
    assert ThemeJob.objects.get().status == "queued" and not Theme.objects.exists()
    call_command("run_jobs")
    job = ThemeJob.objects.get()
    assert job.status == "done", job.error
    points = Point.objects.filter(response__consultation=paper)
    assert Theme.objects.filter(consultation=paper).exists()
    assert all(p.theme is None or p.theme.consultation == paper for p in points)
    assert Theme.objects.filter(consultation=paper, shared=True).exists()
    status = clerk.get(f"/consultations/{paper.pk}/job/").content.decode()
    assert "Themes found" in status


def test_clerk_edits_survive_a_rerun_with_new_points(clerk, demo, paper):
    find_themes(clerk, paper)
    theme = Theme.objects.filter(consultation=paper, shared=True).first()
    clerk.post(f"/themes/{theme.pk}/", {"label": "Delivery and success measures"})
    loner = Point.objects.filter(response__consultation=paper).exclude(theme=theme).first()
    clerk.post(f"/points/{loner.pk}/", {"theme": theme.pk, "specific": "0"})
    clerk.post(f"/consultations/{paper.pk}/bodies/{demo.slug}/points/",
               {"text": "Heads want to know how progress on the strategy will be measured."})
    find_themes(clerk, paper)
    renamed = Theme.objects.get(consultation=paper, label="Delivery and success measures")
    assert Point.objects.get(pk=loner.pk).theme == renamed
    assert renamed.edited_by_clerk


def test_a_point_can_be_split_out_and_marked_specific(clerk, paper):
    find_themes(clerk, paper)
    point = Point.objects.filter(response__consultation=paper, theme__isnull=False).first()
    clerk.post(f"/points/{point.pk}/", {"theme": "new", "specific": "1"})
    point.refresh_from_db()
    assert point.specific_to_group and point.theme.points.count() == 1
    find_themes(clerk, paper)
    point.refresh_from_db()
    groups = {p.response.body_id for p in point.theme.points.all()}
    assert groups == {point.response.body_id}


def test_themes_can_be_merged(clerk, paper):
    find_themes(clerk, paper)
    first, second = Theme.objects.filter(consultation=paper)[:2]
    moved = set(second.points.values_list("pk", flat=True))
    clerk.post(f"/themes/{second.pk}/", {"merge_into": first.pk})
    assert not Theme.objects.filter(pk=second.pk).exists()
    assert moved <= set(first.points.values_list("pk", flat=True))


def test_the_combined_report_follows_the_reference_structure(clerk, paper):
    find_themes(clerk, paper)
    html = clerk.get(f"/consultations/{paper.pk}/report.html").content.decode()
    title = html.split("<h1>")[1].split("</h1>")[0]
    assert title.startswith("Combined feedback from Harrowvale")
    assert "Secondary Forum" in title and "Primary Headteachers Executive" in title
    assert "1. Thematic feedback" in html and "2. Additional feedback" in html
    assert 'src="data:image/png;base64,' in html
    pdf = clerk.get(f"/consultations/{paper.pk}/report.pdf").content
    assert pdf.startswith(b"%PDF")
    doc = Document(io.BytesIO(clerk.get(f"/consultations/{paper.pk}/report.docx").content))
    texts = [p.text for p in doc.paragraphs]
    assert "1. Thematic feedback" in texts and doc.inline_shapes


def test_only_members_of_the_bodies_see_it_and_only_clerks_change_it(client, demo, paper):
    assert client.get(paper.get_absolute_url()).status_code == 302
    client.login(username="member", password="minutebook-demo")
    assert client.get(paper.get_absolute_url()).status_code == 200
    response = client.post(f"/consultations/{paper.pk}/find-themes/")
    assert response.status_code == 403 and not ThemeJob.objects.exists()


def test_a_clerk_opens_a_consultation_for_the_bodies_they_clerk(clerk, demo):
    primary = demo.__class__.objects.get(slug="harrowvale-primary-executive")
    response = clerk.post("/consultations/new/", {
        "title": "School transport review", "issuer": "County transport team",
        "deadline": "2027-01-31", "bodies": [demo.pk, primary.pk],
        "questions_text": "Which routes fail?\n\n- What should change first?",
    })
    made = Consultation.objects.get(title="School transport review")
    assert response.url == made.get_absolute_url()
    assert made.questions == ["Which routes fail?", "What should change first?"]
    assert set(made.bodies.all()) == {demo, primary}
    html = clerk.get(made.get_absolute_url()).content.decode()
    assert html.count("No response yet") == 2


def test_a_member_cannot_open_a_consultation(client, demo):
    client.login(username="member", password="minutebook-demo")
    assert client.get("/consultations/new/").status_code == 403
