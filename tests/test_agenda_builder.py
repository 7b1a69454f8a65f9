from minutebook.bodies.models import StandingItem
from minutebook.meetings import agenda
from minutebook.meetings.models import AgendaItem, AgendaRequest, Meeting


def next_meeting(demo):
    return demo.meetings.upcoming().order_by("start").first()


def test_the_proposal_follows_the_clerks_standard_order(demo):
    StandingItem.objects.create(body=demo, title="Membership check", order=1)
    StandingItem.objects.create(body=demo, title="Urgent business", order=2)
    AgendaRequest.objects.create(body=demo, title="School transport contracts")
    titles = [p.title for p in agenda.propose(next_meeting(demo))]
    assert titles[:2] == ["Membership check", "Urgent business"]
    assert titles[2].startswith("Minutes of the meeting of")
    assert titles[3] == "Matters arising"
    assert titles[-3:] == ["School transport contracts", "Any other business",
                           "Dates of future meetings"]


def test_matters_arising_carry_open_actions_and_items_under_review(demo):
    meeting = next_meeting(demo)
    AgendaItem.objects.filter(meeting__body=demo, title="Schools causing concern").update(
        kept_under_review=True)
    arising = [p.title for p in agenda.matters_arising(meeting)]
    assert any(t.startswith("Invite Dunholt heads") and "(AB & DT)" in t for t in arising)
    assert "Schools causing concern (kept under review)" in arising
    assert not any("attendance toolkit" in t for t in arising)  # done


def test_creating_the_agenda_numbers_items_and_takes_up_requests(demo):
    meeting = next_meeting(demo)
    request = AgendaRequest.objects.create(body=demo, title="Teacher housing")
    agenda.create_agenda(meeting)
    items = list(meeting.agenda_items.all())
    arising = next(i for i in items if i.title == "Matters arising")
    assert [c.number for c in arising.children.all()][:2] == [f"{arising.number}.1",
                                                               f"{arising.number}.2"]
    request.refresh_from_db()
    assert request.meeting == meeting
    assert Meeting.objects.get(pk=meeting.pk).agenda_status == "draft"


def test_the_clerk_reorders_items(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    meeting = next_meeting(demo)
    client.post(f"/meetings/{meeting.pk}/agenda/", {"create": "1"})
    aob = meeting.agenda_items.get(title="Any other business")
    number = int(aob.number)
    client.post(f"/items/{aob.pk}/move/", {"direction": "up"})
    aob.refresh_from_db()
    assert int(aob.number) == number - 1
    top = [i.number for i in meeting.agenda_items.filter(parent=None).order_by("order")]
    assert top == [str(n) for n in range(1, len(top) + 1)]


def test_a_member_asks_for_an_agenda_item(client, demo):
    client.login(username="member", password="minutebook-demo")
    client.post(f"/bodies/{demo.slug}/agenda-requests/", {"title": "Sixth form funding"})
    request = AgendaRequest.objects.get()
    assert request.requested_by.full_name == "Ravi Gill" and request.meeting is None


def test_confidential_matters_stay_confidential_on_the_new_agenda(demo):
    meeting = next_meeting(demo)
    AgendaItem.objects.filter(meeting__body=demo, title="Schools causing concern").update(
        kept_under_review=True)
    agenda.create_agenda(meeting)
    carried = meeting.agenda_items.get(title="Schools causing concern (kept under review)")
    assert carried.confidential
