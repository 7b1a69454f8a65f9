"""Attendance over time, for the body page's chart and the person page."""

from collections import Counter
from datetime import timedelta

from django.utils import timezone

from minutebook.meetings.models import Attendance, AttendanceStatus, Meeting, MeetingStatus


def record_for(body, people, days=365) -> list[dict]:
    """For each person: how many of the body's held meetings in the period they attended,
    sent apologies for, or missed (no record counts as absent)."""
    since = timezone.now() - timedelta(days=days)
    meetings = list(Meeting.objects.filter(
        body=body, start__gte=since, start__lte=timezone.now()
    ).exclude(status=MeetingStatus.CANCELLED).values_list("pk", flat=True))
    counts = Counter()
    rows = Attendance.objects.filter(meeting__in=meetings, person__in=people)
    for person_id, status, corrected in rows.values_list("person", "status", "corrected_status"):
        counts[person_id, corrected or status] += 1
    out = []
    for person in people:
        present = counts[person.pk, AttendanceStatus.PRESENT] + counts[
            person.pk, AttendanceStatus.IN_ATTENDANCE]
        apologies = counts[person.pk, AttendanceStatus.APOLOGIES]
        total = len(meetings)
        out.append({
            "person": person, "total": total, "present": present, "apologies": apologies,
            "absent": max(total - present - apologies, 0),
            "present_pct": round(100 * present / total) if total else 0,
            "apologies_pct": round(100 * apologies / total) if total else 0,
        })
    return out
