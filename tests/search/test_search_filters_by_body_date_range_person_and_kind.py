from datetime import timedelta

from django.utils import timezone

from minutebook.bodies.models import Body
from minutebook.meetings.models import Action, Decision
from minutebook.search.backends import search


def test_filters_narrow_the_results(forum, meeting_factory, write, approve, viewer_of,
                                    person_factory):
    other = Body.objects.create(name="Other Forum", slug="other-forum")
    alice = person_factory("Alice", "Abbott", body=forum)
    old = meeting_factory(forum, days_from_now=-100)
    recent = meeting_factory(forum, days_from_now=-5)
    elsewhere = meeting_factory(other, days_from_now=-5)
    old_entry = write(old, "Transport costs rose again.")
    alice_entry = write(recent, "Transport to the new site was raised.", speakers=[alice])
    other_entry = write(elsewhere, "Transport for pupils with complex needs.")
    action = Action.objects.create(meeting=recent, text="Write to the transport team.")
    action.owners.add(alice)
    Decision.objects.create(meeting=recent, text="Transport survey to go ahead.")
    for meeting in (old, recent, elsewhere):
        approve(meeting)
    public = viewer_of()

    def found(**filters):
        return {(h.kind, h.object_id) for h in search(public, "transport", **filters)}

    assert len(found()) == 5
    assert ("entry", other_entry.pk) not in found(body=forum)
    assert found(body="other-forum") == {("entry", other_entry.pk)}
    today = timezone.localdate()
    assert found(date_to=today - timedelta(days=50)) == {("entry", old_entry.pk)}
    assert ("entry", old_entry.pk) not in found(date_from=today - timedelta(days=50))
    assert found(person=alice) == {("entry", alice_entry.pk), ("action", action.pk)}
    assert found(person=alice.pk, kinds=["action"]) == {("action", action.pk)}
    assert {k for k, _ in found(kinds=["decision"])} == {"decision"}
