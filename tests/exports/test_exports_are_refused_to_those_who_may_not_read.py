import pytest

from minutebook.meetings.models import Meeting, MinutesStatus


@pytest.fixture
def draft(circulated):
    circulated.minutes_status = MinutesStatus.DRAFT
    circulated.save()
    return circulated


def test_draft_minutes_are_for_the_clerk_only(client, login, draft):
    for fmt in ("html", "docx"):
        url = f"/meetings/{draft.pk}/minutes.{fmt}"
        assert client.get(url).status_code == 404
        assert login("member").get(url).status_code == 404
        assert login("clerk").get(url).status_code == 200
        client.logout()


def test_unpublished_minutes_and_private_bodies_are_not_found_for_the_public(
    client, demo, circulated
):
    assert client.get(f"/meetings/{circulated.pk}/minutes.html").status_code == 404
    executive = Meeting.objects.filter(body=demo.sub_bodies.get()).first()
    assert client.get(f"/meetings/{executive.pk}/agenda.html").status_code == 404
    assert client.get(f"/meetings/{executive.pk}/minutes.html").status_code == 404


def test_the_public_sees_an_agenda_only_once_circulated(client, circulated):
    upcoming = circulated.next_meeting()
    url = f"/meetings/{upcoming.pk}/agenda.html"
    assert client.get(url).status_code == 404
    upcoming.agenda_status = "circulated"
    upcoming.save()
    assert client.get(url).status_code == 200
