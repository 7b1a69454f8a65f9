import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from minutebook.accounts.access import Viewer
from minutebook.bodies.models import Body, Role
from minutebook.meetings.models import AgendaItem, MinuteEntry, MinutesStatus


@pytest.fixture
def board(db):
    return Body.objects.create(name="Private Board", slug="private-board", is_public=False)


@pytest.fixture
def write(db):
    """An agenda item with one minute entry; the meeting's minutes must not be approved yet."""

    def make(meeting, text, *, confidential=False, item_confidential=False, speakers=(),
             title="Any other business"):
        item = AgendaItem.objects.create(
            meeting=meeting, title=title, confidential=item_confidential
        )
        entry = MinuteEntry.objects.create(item=item, text=text, confidential=confidential)
        entry.speakers.set(speakers)
        return entry

    return make


@pytest.fixture
def approve():
    def approve(meeting, status=MinutesStatus.APPROVED):
        meeting.minutes_status = status
        meeting.save()
        return meeting

    return approve


@pytest.fixture
def viewer_of(db, person_factory):
    """A Viewer for a new user holding `role` on `body`; no body gives an anonymous visitor."""

    def make(body=None, role=Role.MEMBER, name="viewer"):
        if body is None:
            return Viewer(AnonymousUser())
        user = get_user_model().objects.create_user(name, password="x")
        person_factory(name.title(), "Viewer", body=body, role=role, user=user)
        return Viewer(user)

    return make
