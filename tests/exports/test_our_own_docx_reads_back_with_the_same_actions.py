"""A clerk who exports minutes to Word and imports the file again gets the same actions."""

from django.utils import timezone

from minutebook.meetings.models import Meeting, MinutesStatus
from minutebook.minutes import parse_blocks
from minutebook.minutes.readers import read_bytes


def test_each_action_comes_back_once_with_its_owners(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    meeting = Meeting.objects.filter(body=demo, minutes_status=MinutesStatus.APPROVED,
                                     actions__isnull=False).distinct().first()
    docx = client.get(f"/meetings/{meeting.pk}/minutes.docx").content
    parsed = parse_blocks(read_bytes(docx, ".docx", "minutes.docx"))
    # The export ends each action with a full stop; the stored text may not have one.
    stored = sorted((a.text.rstrip("."), a.owners_as_written) for a in meeting.actions.all())
    assert sorted((a.text.rstrip("."), " & ".join(a.owners)) for a in parsed.actions) == stored
    assert parsed.date == timezone.localdate(meeting.start).isoformat()
