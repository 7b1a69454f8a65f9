"""A private body's import and new-meeting pages answer 404 to those who may not see the
body, as an unknown slug does; a member who may see it but not edit it gets 403."""

import pytest
from django.contrib.auth import get_user_model

from minutebook.bodies.models import Body


@pytest.mark.parametrize("page", ["import/", "meetings/new/", "schedule/"])
def test_outsiders_learn_nothing_of_a_private_body(demo, client, page):
    executive = Body.objects.get(parent=demo)
    assert not executive.is_public
    get_user_model().objects.create_user("outsider", password="pw-outsider-1")
    client.login(username="outsider", password="pw-outsider-1")
    private = client.get(f"/bodies/{executive.slug}/{page}")
    unknown = client.get(f"/bodies/no-such-body/{page}")
    assert private.status_code == unknown.status_code == 404
    public = client.get(f"/bodies/{demo.slug}/{page}")
    assert public.status_code == 403  # the forum is public: seen, but not theirs to edit
