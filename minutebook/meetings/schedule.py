"""A body's meeting series: full meetings through the year, each with its executive before."""

from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from minutebook.bodies.models import Body, BodyKind
from minutebook.meetings.models import Meeting, MeetingKind, MeetingStatus


def executive_of(body: Body) -> Body | None:
    return body.sub_bodies.filter(kind=BodyKind.EXECUTIVE).first()


def proposed_dates(first: date, count: int) -> list[date]:
    """`count` dates a year apart evenly from `first`, kept on the same weekday."""
    step = timedelta(weeks=round(52 / count))
    return [first + n * step for n in range(count)]


@transaction.atomic
def generate_year(body: Body, first: date, hour: int = 9, count: int | None = None) -> list[Meeting]:
    """Create the year's full meetings (and their executive meetings) from `first`.

    Dates that already have a meeting of the body are skipped, so running it twice is safe.
    """
    executive = executive_of(body)
    made = []
    for day in proposed_dates(first, count or body.meetings_per_year):
        if Meeting.objects.filter(body=body, start__date=day).exists():
            continue
        prep = None
        if executive is not None:
            exec_day = day - timedelta(days=body.executive_lead_days)
            prep = Meeting.objects.filter(body=executive, start__date=exec_day).first()
            prep = prep or Meeting.objects.create(
                body=executive, kind=MeetingKind.EXECUTIVE, start=at(exec_day, 16),
                venue=executive.usual_venue or body.usual_venue,
            )
        made.append(Meeting.objects.create(
            body=body, kind=MeetingKind.FULL, start=at(day, hour), venue=body.usual_venue,
            linked_meeting=prep,
        ))
    return made


def at(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def move(meeting: Meeting, start: datetime, venue: str | None = None) -> Meeting:
    meeting.start = start
    if venue is not None:
        meeting.venue = venue
    if meeting.status == MeetingStatus.CANCELLED:
        meeting.status = MeetingStatus.SCHEDULED
    meeting.save()  # raises the calendar SEQUENCE
    return meeting


def cancel(meeting: Meeting) -> Meeting:
    meeting.status = MeetingStatus.CANCELLED
    meeting.save()
    return meeting
