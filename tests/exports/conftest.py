import pytest

from minutebook.meetings.models import Meeting, MinutesStatus


@pytest.fixture
def approved(demo):
    """The latest approved forum minutes: public, with a confidential item and the Dunholt
    action owned by "AB & DT"."""
    return Meeting.objects.filter(body=demo, minutes_status=MinutesStatus.APPROVED).first()


@pytest.fixture
def circulated(demo):
    return Meeting.objects.get(body=demo, minutes_status=MinutesStatus.CIRCULATED)


@pytest.fixture
def login(client, demo):
    def as_user(username):
        assert client.login(username=username, password="minutebook-demo")
        return client

    return as_user
