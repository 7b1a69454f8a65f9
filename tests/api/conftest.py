"""Callers of the API and a crawler that visits every endpoint as one of them."""

import pytest
from django.contrib.auth import get_user_model

from minutebook.api.models import ApiToken
from minutebook.bodies.models import Person
from minutebook.meetings.models import Action, Meeting


@pytest.fixture
def canary():
    """Text that appears only in the demo's confidential entries."""
    return "formal support"


@pytest.fixture
def token_for(demo):
    def issue(username: str) -> str:
        _, raw = ApiToken.objects.issue(get_user_model().objects.get(username=username))
        return raw

    return issue


@pytest.fixture
def outsider(demo):
    """A login for a member of the primary executive only: not of the secondary forum."""
    user = get_user_model().objects.create_user("outsider", password="minutebook-demo")
    person = Person.objects.get(given_name="Nadia", family_name="Hussain")
    person.user = user
    person.save()
    return user


@pytest.fixture
def crawl(client, demo):
    """Every endpoint, every page, and every meeting and action by id: the response bodies."""

    def visit(token: str | None = None) -> list[str]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        seen = []

        def get(url):
            response = client.get(url, headers=headers)
            assert response.status_code in (200, 404), (url, response.status_code)
            seen.append(response.content.decode())
            return response.json()

        def every_page(url):
            items, offset = [], 0
            while True:
                sep = "&" if "?" in url else "?"
                page = get(f"{url}{sep}limit=5&offset={offset}")
                items += page["items"]
                offset += 5
                if offset >= page["count"]:
                    return items

        get("/api/openapi.json")
        for body in every_page("/api/bodies"):
            get(f"/api/bodies/{body['slug']}")
            every_page(f"/api/bodies/{body['slug']}/meetings")
        every_page("/api/actions")
        every_page("/api/decisions")
        for slug in ("harrowvale-secondary-forum", "harrowvale-secondary-executive"):
            get(f"/api/bodies/{slug}")
            every_page(f"/api/actions?body={slug}")
        for meeting in Meeting.objects.all():
            get(f"/api/meetings/{meeting.pk}")
        for action in Action.objects.all():
            get(f"/api/actions/{action.pk}")
        return seen

    return visit
