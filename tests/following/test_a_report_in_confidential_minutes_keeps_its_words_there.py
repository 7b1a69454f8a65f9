"""A report made in confidential material settles the action, but the action's history says
only where it was made, never the confidential words."""

from minutebook.bodies.models import Body
from minutebook.documents.following import follow_body
from minutebook.documents.importer import import_bytes
from minutebook.meetings.models import Action, ActionUpdate

FIRST = b"""Ferncombe Allotment Society
Date: 2 October 2024
Present: Nell Astbury, Rhys Coad

1. Boundary
ACTION: RC to obtain legal advice on the boundary dispute with the farm.
"""
SECOND = b"""Ferncombe Allotment Society
Date: 6 November 2024
Present: Nell Astbury, Rhys Coad

1. Matters arising (confidential)
Legal advice on the boundary dispute with the farm has been received: the farm owner's offer
of 4,000 pounds should be refused. Completed.
"""


def test_the_status_follows_and_the_words_stay_in_the_minutes(db):
    body = Body.objects.create(name="Ferncombe Allotment Society", slug="ferncombe")
    for name, data in (("a.txt", FIRST), ("b.txt", SECOND)):
        assert import_bytes(data, name, body).status == "imported"
    follow_body(body)
    action = Action.objects.get(text__icontains="legal advice")
    assert action.status == "done"
    update = ActionUpdate.objects.get(action=action)
    assert update.meeting.start.month == 11 and update.note == ""
    assert "4,000" not in str(list(ActionUpdate.objects.values()))
