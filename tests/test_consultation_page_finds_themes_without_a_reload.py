"""The consultation page as a clerk uses it: themes already found in the demo, and "Find
themes" showing progress and then the themes in place (HTMX, no inline script)."""

import pytest
from django.core.management import call_command
from django.utils.html import escape

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


def test_the_demo_consultation_opens_with_its_themes_found(clerk, paper):
    assert paper.themes.filter(shared=True).exists()
    html = clerk.get(paper.get_absolute_url()).content.decode()
    assert "No themes yet" not in html
    for theme in paper.themes.all():
        assert escape(theme.label) in html


def test_find_themes_answers_htmx_with_progress_that_polls_itself(clerk, paper):
    response = clerk.post(f"/consultations/{paper.pk}/find-themes/", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and 'id="themes-live"' in html
    assert f'hx-get="/consultations/{paper.pk}/job/"' in html and "every 1s" in html
    assert "Finding themes" in html and "<script" not in html
    assert ThemeJob.objects.get().status == "queued"


def test_once_the_job_is_done_the_polled_part_shows_the_themes_and_stops(clerk, paper):
    Theme.objects.filter(consultation=paper).delete()
    clerk.post(f"/consultations/{paper.pk}/find-themes/", HTTP_HX_REQUEST="true")
    call_command("run_jobs")
    html = clerk.get(f"/consultations/{paper.pk}/job/").content.decode()
    assert "Themes found" in html and "hx-trigger" not in html and "Reload" not in html
    labels = list(paper.themes.values_list("label", flat=True))
    assert labels and all(escape(label) in html for label in labels)
    # ...and the same again on a second run, the clerk's page still in place.
    clerk.post(f"/consultations/{paper.pk}/find-themes/", HTTP_HX_REQUEST="true")
    call_command("run_jobs")
    again = clerk.get(f"/consultations/{paper.pk}/job/").content.decode()
    assert ThemeJob.objects.filter(status="done").count() == 2
    assert all(escape(label) in again for label in paper.themes.values_list("label", flat=True))


def test_without_htmx_find_themes_still_returns_to_the_page(clerk, paper):
    response = clerk.post(f"/consultations/{paper.pk}/find-themes/")
    assert response.status_code == 302 and response.url == paper.get_absolute_url()


def test_clerk_edits_hold_through_two_reruns(clerk, demo, paper):
    first, second = paper.themes.filter(shared=True)[:2]
    clerk.post(f"/themes/{first.pk}/", {"label": "Delivery plan and success criteria"})
    moved = Point.objects.filter(response__consultation=paper).exclude(theme=first).first()
    clerk.post(f"/points/{moved.pk}/", {"theme": first.pk, "specific": "0"})
    split = second.points.first()
    clerk.post(f"/points/{split.pk}/", {"theme": "new", "specific": "1"})
    for _ in range(2):
        clerk.post(f"/consultations/{paper.pk}/find-themes/", HTTP_HX_REQUEST="true")
        call_command("run_jobs")
        renamed = Theme.objects.get(consultation=paper,
                                    label="Delivery plan and success criteria")
        assert Point.objects.get(pk=moved.pk).theme == renamed
        split.refresh_from_db()
        assert split.specific_to_group
        assert {p.response.body_id for p in split.theme.points.all()} == {split.response.body_id}
