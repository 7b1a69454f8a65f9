"""iCalendar feeds (RFC 5545) that calendar applications subscribe to."""

from datetime import timedelta

from django.conf import settings
from icalendar import Calendar, Event

from minutebook.meetings.models import MeetingStatus

PRODID = "-//minutebook//meetings//EN"


def feed(name: str, meetings) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for meeting in meetings:
        cal.add_component(event(meeting))
    return cal.to_ical()


def event(meeting) -> Event:
    ev = Event()
    # The uid never changes; SEQUENCE rises with every move, so clients update in place.
    ev.add("uid", f"{meeting.uid}@minutebook")
    ev.add("sequence", meeting.sequence)
    ev.add("dtstamp", meeting.updated)
    ev.add("dtstart", meeting.start)
    ev.add("dtend", meeting.end or meeting.start + timedelta(hours=2))
    ev.add("summary", f"{meeting.body.name}: {meeting.get_kind_display().lower()}")
    if meeting.venue:
        ev.add("location", meeting.venue)
    ev.add("url", f"{settings.SITE_ROOT}{meeting.get_absolute_url()}")
    cancelled = meeting.status == MeetingStatus.CANCELLED
    ev.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return ev
