import copy

import pytest

from minutebook.bodies.models import Body, Person
from minutebook.meetings.models import Meeting, MinuteEntry
from minutebook.opendata.importer import ImportFailed
from minutebook.opendata.popolo import export_body, import_body


def counts():
    return [m.objects.count() for m in (Body, Person, Meeting, MinuteEntry)]


@pytest.fixture
def good(workspace, empty_database):
    data = export_body(workspace)
    empty_database()
    return data


def broken(data, change):
    data = copy.deepcopy(data)
    change(data)
    return data


def minuted(data) -> dict:
    return next(e for e in data["events"] if e["agenda"])


BREAKAGES = {
    "not an object": lambda d: d.clear(),
    "wrong format": lambda d: d.update(format="popolo"),
    "no organization": lambda d: d.update(organizations=[]),
    "bad event id": lambda d: d["events"][0].update(id="ocd-event/42"),
    "naive date": lambda d: d["events"][0].update(start_date="2025-01-01T09:00:00"),
    "unknown kind": lambda d: minuted(d)["agenda"][0]["minutes"][0].update(kind="gossip"),
    "unknown person": lambda d: d["actions"][0].update(owner_ids=["ocd-person/nobody"]),
    "event of no body": lambda d: d["events"][-1]["extras"].update(organization_id="x"),
    "action of no event": lambda d: d["actions"][-1].update(
        event_id="ocd-event/00000000-0000-0000-0000-000000000000"),
    "orphan item": lambda d: minuted(d)["agenda"][-1]["extras"].update(parent_id="x/item/9"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_a_broken_file_raises_one_line_and_leaves_the_database_empty(good, name):
    with pytest.raises(ImportFailed) as failure:
        import_body(broken(good, BREAKAGES[name]))

    message = str(failure.value)
    assert message and "\n" not in message and len(message) < 300
    assert counts() == [0, 0, 0, 0]


def test_input_that_is_not_a_dict_is_refused(db):
    with pytest.raises(ImportFailed, match="JSON object"):
        import_body(["not", "an", "export"])


def test_changing_approved_minutes_by_import_is_refused(workspace):
    data = export_body(workspace)
    approved = next(e for e in data["events"] if e["extras"]["minutes_status"] == "approved")
    approved["agenda"][0]["minutes"][0]["text"] = "Rewritten after approval."

    with pytest.raises(ImportFailed, match="approved"):
        import_body(data)
    assert not MinuteEntry.objects.filter(text="Rewritten after approval.").exists()
