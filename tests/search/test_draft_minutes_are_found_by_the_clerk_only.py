from minutebook.bodies.models import Role
from minutebook.meetings.models import Action, MinutesStatus
from minutebook.search.backends import search


def test_drafts_reach_the_clerk_and_circulated_minutes_reach_members(forum, meeting_factory,
                                                                      write, viewer_of, approve):
    meeting = meeting_factory(forum, minutes_status=MinutesStatus.DRAFT)
    write(meeting, "Draft wording about the Walrus bid.")
    Action.objects.create(meeting=meeting, text="Chase the Walrus bid.")
    clerk = viewer_of(forum, Role.CLERK, name="clerk")
    member = viewer_of(forum, name="member")

    assert len(search(clerk, "walrus")) == 2
    assert search(member, "walrus") == []
    assert search(viewer_of(), "walrus") == []

    approve(meeting, MinutesStatus.CIRCULATED)
    assert len(search(member, "walrus")) == 2
    assert search(viewer_of(), "walrus") == []
