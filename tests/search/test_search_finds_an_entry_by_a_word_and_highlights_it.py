from minutebook.search.backends import search


def test_a_word_finds_the_entry_and_is_marked_in_the_snippet(forum, meeting_factory, write,
                                                             approve, viewer_of):
    meeting = meeting_factory(forum)
    entry = write(meeting, "The forum agreed to fund a peer mentoring scheme for new heads.")
    write(meeting, "Dates of future meetings were noted.")
    approve(meeting)

    [hit] = search(viewer_of(), "mentoring")

    assert (hit.kind, hit.object_id) == ("entry", entry.pk)
    assert "<mark>mentoring</mark>" in hit.snippet
    assert hit.url == meeting.get_absolute_url()
    assert hit.body_name == "Test Forum"
    assert hit.meeting_date is not None


def test_the_last_word_matches_as_a_prefix_and_stems_match(forum, meeting_factory, write,
                                                           approve, viewer_of):
    meeting = meeting_factory(forum)
    write(meeting, "Budgets were discussed at length.")
    approve(meeting)

    assert len(search(viewer_of(), "budg")) == 1
    assert len(search(viewer_of(), "BUDGET discuss")) == 1
    assert search(viewer_of(), "budget nonsenseword") == []
