"""Imported minutes rarely say when the meeting began; such a meeting shows its date alone,
on its page and in its exports, and one with a time shows the time."""

import io
from datetime import datetime

import docx
import pytest
from django.utils import timezone

from minutebook.meetings.models import Meeting, MeetingStatus


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


def held(body, hour, minute):
    start = timezone.make_aware(datetime(2020, 4, 8, hour, minute))
    return Meeting.objects.create(body=body, start=start, status=MeetingStatus.HELD,
                                  venue="Corn Exchange")


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_a_midnight_start_shows_the_date_alone_everywhere(clerk, demo):
    meeting = held(demo, 0, 0)
    assert meeting.when == "8 April 2020"
    page = clerk.get(meeting.get_absolute_url()).content.decode()
    assert "8 April 2020" in page and "8 April 2020, 00:00" not in page
    html = clerk.get(f"/meetings/{meeting.pk}/minutes.html").content.decode()
    assert "8 April 2020" in html and "00:00" not in html
    word = docx_text(clerk.get(f"/meetings/{meeting.pk}/minutes.docx").content)
    assert "8 April 2020" in word and "00:00" not in word


def test_a_known_start_time_is_shown_with_the_date(clerk, demo):
    meeting = held(demo, 19, 30)
    assert meeting.when == "8 April 2020, 19:30"
    assert "8 April 2020, 19:30" in clerk.get(meeting.get_absolute_url()).content.decode()
    word = docx_text(clerk.get(f"/meetings/{meeting.pk}/minutes.docx").content)
    assert "8 April 2020, 19:30" in word
