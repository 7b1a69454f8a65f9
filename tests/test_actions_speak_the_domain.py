from datetime import timedelta

from minutebook.meetings.models import Action, ActionStatus


def test_open_actions_due_before_a_meeting_include_next_meeting_items(forum, meeting_factory):
    earlier = meeting_factory(forum, days_from_now=-30)
    upcoming = meeting_factory(forum, days_from_now=10)
    by_date = Action.objects.create(
        meeting=earlier, text="Write to heads", due_date=(upcoming.start - timedelta(days=2)).date()
    )
    by_next = Action.objects.create(meeting=earlier, text="Report back", due_next_meeting=True)
    later = Action.objects.create(
        meeting=earlier, text="Later", due_date=(upcoming.start + timedelta(days=20)).date()
    )
    done = Action.objects.create(
        meeting=earlier, text="Done already", due_next_meeting=True, status=ActionStatus.DONE
    )
    due = set(Action.objects.open().due_before(upcoming))
    assert due == {by_date, by_next}
    assert later not in due and done not in due


def test_an_action_raised_at_the_meeting_itself_is_not_due_before_it(forum, meeting_factory):
    meeting = meeting_factory(forum, days_from_now=-1)
    Action.objects.create(meeting=meeting, text="Next time", due_next_meeting=True)
    assert not Action.objects.due_before(meeting).exists()


def test_overdue_means_open_and_past_its_date(forum, meeting_factory):
    meeting = meeting_factory(forum, days_from_now=-40)
    late = Action.objects.create(meeting=meeting, text="Late", due_date=meeting.start.date())
    Action.objects.create(
        meeting=meeting, text="Closed", due_date=meeting.start.date(), status=ActionStatus.DONE
    )
    assert list(Action.objects.overdue()) == [late]


def test_owner_label_keeps_the_written_form_or_builds_one(forum, meeting_factory, person_factory):
    meeting = meeting_factory(forum)
    written = Action.objects.create(meeting=meeting, text="x", owners_as_written="AB & DT")
    assert written.owner_label == "AB & DT"
    built = Action.objects.create(meeting=meeting, text="y", owner_groups=["Directors"])
    built.owners.set([person_factory("Alan", "Barker")])
    assert built.owner_label == "AB & Directors"
