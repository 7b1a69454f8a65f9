"""An import indexes each record once, at the end of its document, and a dry run nothing."""

from pathlib import Path

import pytest

from minutebook.bodies.models import Body
from minutebook.documents.importer import import_path
from minutebook.meetings.models import Action, Decision, MinuteEntry
from minutebook.search.models import Kind, SearchDocument

MINUTES = """Wrenfield Allotments Committee
Date: 7 June 2023
Present: Tomas Birkett, Anwen Lusk, Ravi Ostler

1. Water troughs
TB reported that the trough by plot 12 leaks into the path.
ACTION: AL to order a replacement ballcock.
RESOLVED: that the committee pays for the repair.

2. Shed rota
RO asked for volunteers to open the shed on Saturdays.
"""


@pytest.fixture
def committee(db):
    return Body.objects.create(name="Wrenfield Allotments Committee", slug="wrenfield")


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def counts() -> dict:
    return {kind: SearchDocument.objects.filter(kind=kind).count()
            for kind in (Kind.ENTRY, Kind.ACTION, Kind.DECISION)}


def test_every_entry_action_and_decision_has_one_search_document(committee, tmp_path):
    assert import_path(write(tmp_path, "a.txt", MINUTES), committee).status == "imported"
    assert counts() == {Kind.ENTRY: MinuteEntry.objects.count(),
                        Kind.ACTION: Action.objects.count(),
                        Kind.DECISION: Decision.objects.count()}
    assert Action.objects.count() >= 1 and MinuteEntry.objects.count() >= 2
    action = SearchDocument.objects.get(kind=Kind.ACTION)
    assert "ballcock" in action.text and action.person_ids.strip()


def test_a_second_document_is_indexed_as_well(committee, tmp_path):
    import_path(write(tmp_path, "a.txt", MINUTES), committee)
    second = MINUTES.replace("7 June 2023", "5 July 2023").replace("ballcock", "standpipe")
    assert import_path(write(tmp_path, "b.txt", second), committee).status == "imported"
    assert counts()[Kind.ACTION] == Action.objects.count() == 2
    assert SearchDocument.objects.filter(kind=Kind.ACTION, text__contains="standpipe").count() == 1


def test_a_dry_run_indexes_nothing(committee, tmp_path):
    outcome = import_path(write(tmp_path, "a.txt", MINUTES), committee, dry_run=True)
    assert outcome.status == "imported"
    assert SearchDocument.objects.count() == 0


def test_edits_after_an_import_are_indexed_at_once(committee, tmp_path):
    import_path(write(tmp_path, "a.txt", MINUTES), committee)
    action = Action.objects.get()
    action.text = "AL to order a replacement float valve."
    action.save()
    assert SearchDocument.objects.get(kind=Kind.ACTION).text == action.text
