import pytest

from minutebook.meetings.models import Meeting, MinuteEntry, MinutesStatus

SECRET = "names of the three schools entering formal support"


@pytest.fixture
def approved_with_secret(demo):
    meeting = Meeting.objects.filter(body=demo, minutes_status=MinutesStatus.APPROVED).first()
    assert MinuteEntry.objects.filter(item__meeting=meeting, text__contains=SECRET).exists()
    return meeting


def test_an_anonymous_visitor_sees_approved_minutes_without_confidential_entries(
    client, approved_with_secret
):
    page = client.get(approved_with_secret.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert "Matters arising" in html
    assert SECRET not in html
    assert "withheld" in html


def test_a_member_sees_the_confidential_entry_marked(client, approved_with_secret):
    client.login(username="member", password="minutebook-demo")
    html = client.get(approved_with_secret.get_absolute_url()).content.decode()
    assert SECRET in html
    assert "conf-tag" in html


def test_an_anonymous_visitor_cannot_read_circulated_minutes(client, demo):
    meeting = Meeting.objects.get(body=demo, minutes_status=MinutesStatus.CIRCULATED)
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "not published yet" in html
    assert "Matters arising" not in html


def test_a_private_body_is_not_found_for_the_public(client, demo):
    executive = demo.sub_bodies.get()
    assert client.get(executive.get_absolute_url()).status_code == 404
    meeting = executive.meetings.first()
    assert client.get(meeting.get_absolute_url()).status_code == 404


def test_the_public_action_list_holds_no_confidential_or_unpublished_action(client, demo):
    html = client.get("/actions/?status=all").content.decode()
    assert "banding tables" in html  # from approved minutes
    client.login(username="clerk", password="minutebook-demo")
    assert client.get("/actions/?status=all").status_code == 200
