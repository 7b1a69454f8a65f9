from export_support import docx_of

from minutebook.meetings.models import Action


def test_the_next_agenda_lists_open_actions_under_matters_arising(login, circulated):
    upcoming = circulated.next_meeting()
    open_actions = Action.objects.open().for_body(upcoming.body)
    assert open_actions.exists()
    client = login("clerk")
    html = client.get(f"/meetings/{upcoming.pk}/agenda.html").content.decode()
    assert "Draft agenda" in html
    arising = html[html.index("Matters arising"):]
    for action in open_actions:
        assert action.text in arising
    paragraphs = [p.text for p in docx_of(client.get(f"/meetings/{upcoming.pk}/agenda.docx"))
                  .paragraphs]
    start = next(n for n, p in enumerate(paragraphs) if p.endswith("MATTERS ARISING"))
    listed = "\n".join(paragraphs[start:])
    assert "Invite Dunholt heads to nominate a representative – AB & DT" in listed
    assert all(a.text in listed for a in open_actions)


def test_closed_and_later_actions_are_not_carried(login, approved):
    html = login("clerk").get(f"/meetings/{approved.pk}/agenda.html").content.decode()
    later = Action.objects.filter(meeting__start__gte=approved.start)
    done = Action.objects.exclude(status="open")
    for action in [*later, *done]:
        assert f"<li>{action.text} –" not in html
