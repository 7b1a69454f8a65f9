"""Minutes whose confidential item holds an ACTION line: once imported (and approved at
once, as imports are), the action is withheld from the public with the item."""

from minutebook.documents.importer import import_bytes
from minutebook.meetings.models import Action, Decision

MINUTES = """Harrowvale Secondary Forum
Minutes of the meeting held on 14 March 2019

Present: Clare Ingram (Clerk), Ravi Gill

1. Transport
Routes for the new term were noted.
ACTION: RG to publish the new bus timetable.

2. Staffing at Ashcombe
The head's report on the staffing review is confidential.
ACTION: CI to write to the governors about the review.
It was agreed that the review panel meets in April.
"""


def test_an_action_under_a_confidential_item_is_imported_confidential(demo, client):
    outcome = import_bytes(MINUTES.encode(), "minutes-2019-03-14.txt", demo)
    assert outcome.status == "imported", outcome.reason
    secret = Action.objects.get(text__icontains="governors")
    open_one = Action.objects.get(text__icontains="timetable")
    assert secret.sealed and not open_one.sealed
    listed = client.get("/actions/?status=all").content.decode()
    assert "timetable" in listed and "governors" not in listed
    assert "governors" not in client.get("/api/actions?limit=200").content.decode()
    # Searched by the words around it: the page repeats its query.
    assert "governors" not in client.get("/search/?q=write+review").content.decode()
    for decision in Decision.objects.filter(meeting=outcome.meeting):
        if "panel" in decision.text:
            assert decision.sealed


def test_a_second_import_of_other_minutes_keeps_the_same_rule(demo, client):
    import_bytes(MINUTES.encode(), "minutes-2019-03-14.txt", demo)
    other = MINUTES.replace("14 March 2019", "9 May 2019").replace("governors", "trustees")
    outcome = import_bytes(other.encode(), "minutes-2019-05-09.txt", demo)
    assert outcome.status == "imported"
    assert Action.objects.get(text__icontains="trustees").sealed
    assert "trustees" not in client.get("/actions/?status=all").content.decode()
