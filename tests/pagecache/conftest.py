import pytest
from django.test import Client

from minutebook.meetings.models import Meeting, MinuteEntry, MinutesStatus

SECRET = "names of the three schools entering formal support"


@pytest.fixture
def approved(demo):
    """Approved minutes of the demo forum holding one confidential entry."""
    meeting = Meeting.objects.filter(body=demo, minutes_status=MinutesStatus.APPROVED).first()
    assert MinuteEntry.objects.filter(item__meeting=meeting, text__contains=SECRET,
                                      confidential=True).exists()
    return meeting


@pytest.fixture
def circulated(demo):
    """Minutes members may read but the public may not, and which can still be edited."""
    return Meeting.objects.get(body=demo, minutes_status=MinutesStatus.CIRCULATED)


@pytest.fixture
def member(demo):
    browser = Client()
    assert browser.login(username="member", password="minutebook-demo")
    return browser


def open_entry(meeting) -> MinuteEntry:
    return MinuteEntry.objects.filter(item__meeting=meeting, confidential=False).first()
