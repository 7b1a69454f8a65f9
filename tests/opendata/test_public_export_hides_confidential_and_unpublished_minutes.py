import json

from django.contrib.auth.models import AnonymousUser

from minutebook.accounts.access import Viewer
from minutebook.meetings.models import MinutesStatus
from minutebook.opendata.popolo import export_body, import_body


def public(body):
    return export_body(body, Viewer(AnonymousUser()))


def test_the_full_export_has_the_confidential_entries(workspace, canary):
    assert canary in json.dumps(export_body(workspace))


def test_the_public_export_has_no_confidential_text_emails_or_unapproved_minutes(
    workspace, canary
):
    data = public(workspace)
    text = json.dumps(data)

    assert canary not in text
    assert "@" not in text
    assert '"confidential": true' not in text
    for event in data["events"]:
        if event["extras"]["minutes_status"] != MinutesStatus.APPROVED:
            assert event["agenda"] == []
            assert [p["entity_type"] for p in event["participants"]] == ["organization"]
    assert any(event["agenda"] for event in data["events"])


def test_the_public_export_names_no_private_body_or_its_meetings(workspace):
    private = workspace.sub_bodies.get()
    text = json.dumps(public(workspace))

    assert private.name not in text
    assert not any(str(m.uid) in text for m in private.meetings.all())


def test_a_public_export_imports_and_imports_again_without_duplicates(
    workspace, empty_database, all_bodies
):
    files = [public(b) for b in all_bodies() if b.is_public]
    empty_database()
    for data in files:
        import_body(data)
    first = [public(b) for b in all_bodies()]

    for data in files:
        import_body(data)

    assert [public(b) for b in all_bodies()] == first
