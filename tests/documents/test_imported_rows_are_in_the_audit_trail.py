"""Rows written in bulk by an import are still recorded, each once, against their meeting."""

import pytest

from minutebook.audit.models import Change
from minutebook.bodies.models import Body
from minutebook.documents.importer import import_bytes
from minutebook.meetings.models import Action, AgendaItem, Attendance, Decision, MinuteEntry

MINUTES = b"""Kelder Valley Rambling Club committee
Date: 14 September 2022
Present: Orla Fenwick, Daniel Crake, Sima Vaughan

1. Stile repairs
OF said the stile at Hob Lane is broken.
ACTION: DC to report it to the county footpaths officer.

2. Winter programme
RESOLVED: that the club walks on the first Sunday of each month.
"""


@pytest.fixture
def club(db):
    return Body.objects.create(name="Kelder Valley Rambling Club", slug="kelder")


def created(model) -> set[str]:
    return set(Change.objects.filter(model=model.__name__, action="created")
               .values_list("object_id", flat=True))


def test_each_imported_row_has_one_created_change_for_its_meeting(club):
    outcome = import_bytes(MINUTES, "kelder-2022-09.txt", club)
    assert outcome.status == "imported", outcome.error
    for model in (AgendaItem, MinuteEntry, Attendance, Action, Decision):
        rows = {str(pk) for pk in model.objects.values_list("pk", flat=True)}
        assert rows and created(model) == rows, model.__name__
    changes = Change.objects.exclude(model="Meeting")
    assert {c.meeting_id for c in changes} == {outcome.meeting.pk}
    assert Change.objects.filter(model="Action").get().summary.startswith("DC to report")


def test_a_dry_run_records_nothing_in_the_audit_trail(club):
    outcome = import_bytes(MINUTES, "kelder-2022-09.txt", club, dry_run=True)
    assert outcome.status == "imported" and outcome.actions == 1
    assert not Change.objects.exists() and not Action.objects.exists()
