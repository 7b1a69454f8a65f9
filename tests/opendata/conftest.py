"""The demo workspace with the rarer records added, and a way to empty the database."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

from minutebook.bodies.models import Body, Person
from minutebook.meetings.models import (
    AgendaRequest,
    Amendment,
    Attendance,
    AttendanceStatus,
    Meeting,
    MinutesStatus,
)


@pytest.fixture
def workspace(demo):
    """The demo plus a corrected attendance, an amendment and an agenda request."""
    forum = demo
    approved = list(forum.meetings.filter(minutes_status=MinutesStatus.APPROVED).order_by("start"))
    first, second = approved[0], approved[1]
    absent = Attendance.objects.get(meeting=first, person__family_name="Lindqvist")
    absent.corrected_status = AttendanceStatus.PRESENT
    absent.correction_note = "Apologies were noted in error."
    absent.corrected_at = second
    absent.save(allow_amendment=True)
    Attendance(meeting=first, name_as_written="A. Visitor", role_as_written="Guest speaker",
               status=AttendanceStatus.IN_ATTENDANCE).save(allow_amendment=True)
    entry = first.agenda_items.get(title="Urgent business").entries.first()
    Amendment.objects.create(
        approval=first.approval, meeting=first, entry=entry, attendance=absent,
        original_text=entry.text, amended_text="None raised.", reason="Shortened on request.",
        author=get_user_model().objects.get(username="clerk"),
        created=second.start + timedelta(hours=1),
    )
    AgendaRequest.objects.create(
        body=forum, title="School transport review",
        requested_by=Person.objects.get(family_name="Gill"), notes="Before the budget.",
        meeting=forum.meetings.order_by("-start").first(),
    )
    return forum


@pytest.fixture
def canary():
    """Text that appears only in the demo's confidential entries."""
    return "formal support"


@pytest.fixture
def empty_database():
    """Call it to delete every row, as a fresh installation would have none."""

    def flush():
        # PostgreSQL refuses to truncate tables with deferred checks still pending in the
        # test's transaction: run them first.
        immediate(True)
        call_command("flush", interactive=False, verbosity=0)
        immediate(False)
        assert not Body.objects.exists() and not Meeting.objects.exists()

    return flush


def immediate(on: bool):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET CONSTRAINTS ALL {'IMMEDIATE' if on else 'DEFERRED'}")


@pytest.fixture
def all_bodies():
    return lambda: list(Body.objects.order_by("slug"))
