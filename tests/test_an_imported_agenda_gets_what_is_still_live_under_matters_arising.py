"""After an archive import, the next meeting's agenda (itself imported) offers only the actions
still live for matters arising: not those done, dropped or not followed up. The clerk puts
them under the agenda's matters arising item once; asking again adds nothing."""

import io
import shutil
from pathlib import Path

from django.core.management import call_command

from minutebook.meetings.models import Action, ItemKind, Meeting

SERIES = Path(__file__).parent / "fixtures" / "series" / "brackwater"
AGENDA = """BRACKWATER PARISH COUNCIL
Notice of Meeting
Councillors are summoned to attend a meeting to be held on Wednesday 13th January 2027.
1. To receive apologies for absence
2. To approve the minutes of the last meeting
3. Matters arising
4. Playground
5. Any other business
"""


def test_the_next_agenda_offers_only_live_actions_and_carries_them_in_once(client, demo,
                                                                           tmp_path):
    folder = tmp_path / "archive"
    shutil.copytree(SERIES, folder / "minutes")
    (folder / "next agenda.txt").write_text(AGENDA)
    call_command("import", str(folder), "--body", demo.name, stdout=io.StringIO(),
                 stderr=io.StringIO())
    settled = Action.objects.filter(text__icontains="defibrillator").get()
    lapsed = Action.objects.filter(text__icontains="Christmas lights").get()
    live = Action.objects.filter(text__icontains="vacant allotment plots").get()
    assert (settled.status, lapsed.status, live.status) == ("done", "lapsed", "open")
    meeting = Meeting.objects.get(body=demo, start__year=2027, start__month=1, start__day=13)
    assert meeting.status == "scheduled"

    client.login(username="clerk", password="minutebook-demo")
    page = client.get(f"/meetings/{meeting.pk}/agenda/").content.decode()
    assert "Still live, for 3 Matters arising" in page
    assert "vacant allotment plots" in page
    assert "defibrillator" not in page and "Christmas lights" not in page

    for _ in range(2):
        response = client.post(f"/meetings/{meeting.pk}/agenda/", {"carry": "1"})
        assert response.status_code == 302
    arising = meeting.agenda_items.get(kind=ItemKind.MATTERS_ARISING, parent=None)
    children = list(arising.children.order_by("order"))
    assert any("vacant allotment plots" in c.title for c in children)
    assert [c.number for c in children] == [f"3.{n}" for n in range(1, len(children) + 1)]
    tops = [i.title for i in meeting.agenda_items.filter(parent=None).order_by("order")]
    assert tops == ["To receive apologies for absence",
                    "To approve the minutes of the last meeting", "Matters arising",
                    "Playground", "Any other business"]
    ordered = list(meeting.agenda_items.order_by("order").values_list("title", flat=True))
    assert ordered.index("Playground") == ordered.index("Matters arising") + len(children) + 1
    page = client.get(f"/meetings/{meeting.pk}/agenda/").content.decode()
    assert "Still live, for" not in page
    assert "defibrillator" not in page

    # A reopened action is live again: the tracker's status is the clerk's.
    lapsed.status = "open"
    lapsed.save()
    arising.children.all().delete()
    page = client.get(f"/meetings/{meeting.pk}/agenda/").content.decode()
    assert "Christmas lights" in page
