from datetime import date, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from minutebook.meetings import schedule
from minutebook.meetings.models import Meeting


def events(response):
    assert response["Content-Type"].startswith("text/calendar")
    return {str(e["uid"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_a_year_is_planned_with_each_executive_two_weeks_before(demo):
    first = timezone.localdate() + timedelta(days=200)
    made = schedule.generate_year(demo, first)
    assert len(made) == demo.meetings_per_year
    for meeting in made:
        assert meeting.linked_meeting.body.kind == "executive"
        assert (meeting.start.date() - meeting.linked_meeting.start.date()).days == 14
        assert meeting.start.weekday() == first.weekday()
    again = schedule.generate_year(demo, first)
    assert again == []


def test_the_body_feed_lists_meetings_with_stable_uids(client, demo):
    feed = events(client.get(f"/bodies/{demo.slug}/calendar.ics"))
    meeting = demo.meetings.upcoming().order_by("start").first()
    event = feed[f"{meeting.uid}@minutebook"]
    assert event["summary"] == "Harrowvale Secondary Forum: full meeting"
    assert event.decoded("dtstart") == meeting.start
    assert str(event["status"]) == "CONFIRMED"


def test_moving_a_meeting_raises_its_sequence_and_cancelling_marks_it(client, demo):
    meeting = demo.meetings.upcoming().order_by("start").first()
    uid = f"{meeting.uid}@minutebook"
    before = int(events(client.get(f"/bodies/{demo.slug}/calendar.ics"))[uid]["sequence"])
    schedule.move(meeting, meeting.start + timedelta(days=1), "Elmstead Grammar School")
    moved = events(client.get(f"/bodies/{demo.slug}/calendar.ics"))[uid]
    assert int(moved["sequence"]) == before + 1
    assert str(moved["location"]) == "Elmstead Grammar School"
    schedule.cancel(Meeting.objects.get(pk=meeting.pk))
    cancelled = events(client.get(f"/bodies/{demo.slug}/calendar.ics"))[uid]
    assert str(cancelled["status"]) == "CANCELLED" and int(cancelled["sequence"]) == before + 2


def test_editing_minutes_does_not_disturb_calendars(demo):
    meeting = demo.meetings.past().first()
    sequence = meeting.sequence
    meeting.minutes_status = "draft"
    meeting.save()
    assert Meeting.objects.get(pk=meeting.pk).sequence == sequence


def test_a_private_body_feed_is_not_public_but_a_personal_feed_has_it(client, demo):
    executive = demo.sub_bodies.get()
    assert client.get(f"/bodies/{executive.slug}/calendar.ics").status_code == 404
    chair = demo.memberships.get(role="chair").person
    feed = events(client.get(f"/calendar/{chair.calendar_token}.ics"))
    bodies = {str(e["summary"]).split(":")[0] for e in feed.values()}
    assert bodies == {"Harrowvale Secondary Forum", "Harrowvale Secondary Forum Executive"}
    assert client.get("/calendar/not-a-token.ics").status_code == 404


def test_the_clerk_plans_moves_and_cancels_from_the_schedule_page(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    first = date.today() + timedelta(days=400)
    client.post(f"/bodies/{demo.slug}/schedule/", {"first": first.isoformat()})
    meeting = Meeting.objects.get(body=demo, start__date=first)
    client.post(f"/meetings/{meeting.pk}/move/", {"start": f"{first}T14:00", "venue": "Hall"})
    meeting.refresh_from_db()
    assert timezone.localtime(meeting.start).hour == 14 and meeting.venue == "Hall"
    client.post(f"/meetings/{meeting.pk}/move/", {"cancel": "1"})
    assert Meeting.objects.get(pk=meeting.pk).status == "cancelled"


@pytest.mark.parametrize("username", ["member", None])
def test_only_clerks_reach_the_schedule(client, demo, username):
    if username:
        client.login(username=username, password="minutebook-demo")
    response = client.get(f"/bodies/{demo.slug}/schedule/")
    assert response.status_code in (302, 403)
