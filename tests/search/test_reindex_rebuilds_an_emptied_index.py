from django.core.management import call_command

from minutebook.meetings.models import Action, Decision
from minutebook.search.backends import search
from minutebook.search.models import SearchDocument


def test_reindex_brings_back_every_record(forum, meeting_factory, write, approve, viewer_of):
    meeting = meeting_factory(forum)
    write(meeting, "Kingfisher nesting by the pond.")
    Action.objects.create(meeting=meeting, text="Kingfisher survey.")
    Decision.objects.create(meeting=meeting, text="Kingfisher area to be fenced.")
    approve(meeting)
    SearchDocument.objects.all().delete()
    assert search(viewer_of(), "kingfisher") == []

    call_command("reindex")

    assert SearchDocument.objects.count() == 3
    assert len(search(viewer_of(), "kingfisher")) == 3


def test_reindex_of_the_demo_workspace_finds_consultation_points(demo, viewer_of):
    call_command("reindex")
    clerk = viewer_of(demo, name="reader")

    hits = search(clerk, "safeguarding", kinds=["point"])
    assert hits and all(h.kind == "point" for h in hits)
