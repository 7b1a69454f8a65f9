"""The review page gives the meeting's date as a clerk writes it, not as stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from minutebook.documents.models import Document

MINUTES = b"""Tanners Lane Residents Association
Date: 12 March 2020
Present: Hal Osei, Mina Draycott

1. Street lights
HO said two lights are out.
"""


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


def review_page(clerk, demo, data, name) -> str:
    response = clerk.post(f"/bodies/{demo.slug}/import/",
                          {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 302
    return clerk.get(response.url).content.decode()


def test_the_date_reads_as_day_month_and_year(clerk, demo):
    html = review_page(clerk, demo, MINUTES, "tanners.txt")
    assert "12 March 2020" in html and " · 2020-03-12 · " not in html
    assert Document.objects.get().parsed["date"] == "2020-03-12"


def test_a_document_without_a_date_says_it_needs_one(clerk, demo):
    html = review_page(clerk, demo, MINUTES.replace(b"Date: 12 March 2020\n", b""), "lane.txt")
    assert "needs a date" in html
