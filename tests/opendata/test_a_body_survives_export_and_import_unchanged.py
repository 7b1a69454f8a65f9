import json

from django.contrib.auth import get_user_model

from minutebook.bodies.models import Body
from minutebook.meetings.models import Attendance, Meeting, MinuteEntry, MinutesStatus
from minutebook.opendata.popolo import export_body, import_body


def test_every_body_exports_imports_into_an_empty_database_and_exports_the_same(
    workspace, empty_database, all_bodies
):
    before = {b.slug: export_body(b) for b in all_bodies()}
    # Through text, as the files on disk would be.
    files = {slug: json.loads(json.dumps(data)) for slug, data in before.items()}
    empty_database()
    # Logins are not open data; authors are matched by username to the logins that exist.
    get_user_model().objects.create_user("clerk")

    for data in files.values():
        import_body(data)

    after = {b.slug: export_body(b) for b in all_bodies()}
    assert after.keys() == before.keys()
    for slug in before:
        for section in before[slug]:
            assert after[slug][section] == before[slug][section], (slug, section)
        assert after[slug] == before[slug]


def test_the_round_trip_keeps_locks_links_corrections_and_unnamed_attendees(
    workspace, empty_database, all_bodies
):
    approved = Meeting.objects.filter(minutes_status=MinutesStatus.APPROVED).count()
    linked = Meeting.objects.filter(linked_meeting__isnull=False).count()
    files = [export_body(b) for b in all_bodies()]
    empty_database()

    # Imported in reverse order: links between bodies' meetings still come back.
    for data in reversed(files):
        import_body(data)

    assert Meeting.objects.filter(minutes_status=MinutesStatus.APPROVED).count() == approved
    assert Meeting.objects.filter(linked_meeting__isnull=False).count() == linked
    assert Attendance.objects.filter(corrected_status="present", corrected_at__isnull=False)
    assert Attendance.objects.filter(person=None, name_as_written="A. Visitor").exists()
    assert MinuteEntry.objects.filter(confidential=True).exists()
    assert Body.objects.get(slug="harrowvale-secondary-executive").parent.slug == (
        "harrowvale-secondary-forum")
