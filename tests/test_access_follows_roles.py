import pytest
from django.contrib.auth import get_user_model

from minutebook.accounts.access import Viewer
from minutebook.bodies.models import Body, Role
from minutebook.meetings.models import (
    Action,
    AgendaItem,
    MinuteEntry,
    MinutesStatus,
)


@pytest.fixture
def setup(forum, meeting_factory, person_factory):
    User = get_user_model()
    clerk_user = User.objects.create_user("c", password="x")
    member_user = User.objects.create_user("m", password="x")
    outsider_user = User.objects.create_user("o", password="x")
    person_factory("Clare", "Clerk", forum, Role.CLERK, user=clerk_user)
    person_factory("Mo", "Member", forum, Role.MEMBER, user=member_user)
    other = Body.objects.create(name="Other", slug="other")
    person_factory("Out", "Sider", other, Role.MEMBER, user=outsider_user)
    for status in (MinutesStatus.DRAFT, MinutesStatus.CIRCULATED, MinutesStatus.APPROVED):
        m = meeting_factory(forum, minutes_status=MinutesStatus.DRAFT)
        item = AgendaItem.objects.create(meeting=m, title="Item")
        MinuteEntry.objects.create(item=item, text=f"open {status}")
        MinuteEntry.objects.create(item=item, text=f"secret {status}", confidential=True)
        Action.objects.create(meeting=m, text=f"act {status}")
        Action.objects.create(meeting=m, text=f"secret act {status}", confidential=True)
        m.minutes_status = status
        m.save()
    return {
        "clerk": Viewer(clerk_user), "member": Viewer(member_user),
        "outsider": Viewer(outsider_user), "anonymous": Viewer(None),
    }


def texts(qs):
    return sorted(qs.values_list("text", flat=True))


def test_the_public_sees_only_approved_non_confidential_entries(setup):
    assert texts(setup["anonymous"].entries(MinuteEntry.objects.all())) == ["open approved"]
    assert texts(setup["anonymous"].actions(Action.objects.all())) == ["act approved"]


def test_a_member_of_another_body_is_treated_as_the_public(setup):
    assert texts(setup["outsider"].entries(MinuteEntry.objects.all())) == ["open approved"]


def test_a_member_sees_circulated_and_approved_minutes_with_confidential_entries(setup):
    assert texts(setup["member"].entries(MinuteEntry.objects.all())) == [
        "open approved", "open circulated", "secret approved", "secret circulated",
    ]


def test_a_clerk_sees_drafts_too(setup):
    seen = texts(setup["clerk"].entries(MinuteEntry.objects.all()))
    assert "secret draft" in seen and len(seen) == 6


def test_a_private_body_is_hidden_from_the_public(setup, forum):
    forum.is_public = False
    forum.save()
    assert not setup["anonymous"].entries(MinuteEntry.objects.all()).exists()
    assert not setup["anonymous"].bodies(Body.objects.filter(pk=forum.pk)).exists()
    assert setup["member"].bodies(Body.objects.filter(pk=forum.pk)).exists()
