from django.contrib.auth import get_user_model

from minutebook.bodies.models import Body
from minutebook.consultations.models import Consultation
from minutebook.meetings.models import (
    Action,
    ActionStatus,
    Meeting,
    MinuteEntry,
    MinutesStatus,
)


def test_it_has_a_forum_with_its_executive(demo):
    assert demo.sub_bodies.filter(kind="executive").count() == 1
    forum_meeting = demo.meetings.exclude(linked_meeting=None).first()
    gap = forum_meeting.start - forum_meeting.linked_meeting.start
    assert 10 <= gap.days <= 18


def test_it_has_a_year_of_meetings_and_a_next_one(demo):
    held = demo.meetings.past()
    assert held.count() >= 5
    span = held.order_by("start").last().start - held.order_by("start").first().start
    assert span.days >= 200
    assert demo.meetings.upcoming().exists()


def test_exactly_one_required_area_is_uncovered(demo):
    assert [a.name for a in demo.uncovered_areas()] == ["Dunholt"]


def test_it_has_actions_in_every_state(demo):
    actions = Action.objects.for_body(demo)
    # "Not followed up" comes only from imported archives, which the demo does not hold.
    for status in set(ActionStatus.values) - {ActionStatus.LAPSED}:
        assert actions.filter(status=status).exists(), status
    assert actions.overdue().exists()
    assert actions.filter(kept_under_review=True).exists()
    assert Action.objects.open().due_before(demo.meetings.upcoming().order_by("start").first())


def test_it_has_confidential_entries_and_minutes_in_each_state(demo):
    assert MinuteEntry.objects.filter(item__meeting__body=demo, confidential=True).exists()
    states = set(Meeting.objects.filter(body=demo).values_list("minutes_status", flat=True))
    assert {MinutesStatus.APPROVED, MinutesStatus.CIRCULATED} <= states


def test_a_consultation_is_answered_by_two_forums(demo):
    paper = Consultation.objects.get()
    assert paper.responses.filter(points__isnull=False).distinct().count() == 2
    assert not paper.bodies_without_response().exists()


def test_its_users_can_log_in(demo, client):
    for name in ("clerk", "member", "admin"):
        assert client.login(username=name, password="minutebook-demo")
    assert get_user_model().objects.get(username="clerk").person.memberships.filter(
        role="clerk", body=demo
    ).exists()
    assert Body.objects.filter(is_public=False).exists()
