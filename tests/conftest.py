from datetime import timedelta

import pytest
from django.utils import timezone

from minutebook.bodies.models import Area, Body, Membership, Person, Role
from minutebook.meetings.models import Meeting


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def demo(db):
    from minutebook.demo import workspace

    return workspace.load()


@pytest.fixture
def forum(db):
    return Body.objects.create(name="Test Forum", slug="test-forum")


@pytest.fixture
def person_factory(db):
    def make(given, family, body=None, role=Role.MEMBER, user=None, area=None):
        person = Person.objects.create(given_name=given, family_name=family, user=user)
        if body is not None:
            Membership.objects.create(person=person, body=body, role=role, area=area)
        return person

    return make


@pytest.fixture
def meeting_factory(db):
    def make(body, days_from_now=-7, **fields):
        return Meeting.objects.create(
            body=body, start=timezone.now() + timedelta(days=days_from_now), **fields
        )

    return make


@pytest.fixture
def area(db):
    return Area.objects.create(name="Ashcombe")
