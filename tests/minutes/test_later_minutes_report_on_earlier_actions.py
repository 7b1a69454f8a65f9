"""Reading what a later meeting says of earlier actions, as clerks write it (no database)."""

from minutebook.minutes import parse_text
from minutebook.minutes.followups import Earlier, follow, status_of

HEAD = "Date: 4 March 2025\nPresent: Ada Quarry, Ben Sollis, Cora Nye\n\n"
EARLIER = [
    Earlier(1, "Clerk to write to the county council about the footpath by the school", (), 1,
            True),
    Earlier(2, "AQ to order new noticeboard for the green", ("AQ",), 2, True),
    Earlier(3, "BS to collect quotes for resurfacing the car park", ("BS",), 3, True),
    Earlier(4, "CN to book the hall for the annual meeting", ("CN",), 4, True),
]


def reports(body: str) -> dict[int, str]:
    return {r.key: r.status for r in follow(EARLIER, parse_text(HEAD + body).to_json())}


def test_an_action_named_by_its_number_takes_the_status_beside_it():
    assert reports("1. Matters arising\nAction 3 – complete.\nAction 4: ongoing.\n") == {
        3: "done", 4: "open"}


def test_prose_under_matters_arising_is_matched_by_its_words():
    found = reports("1. Matters arising\nThe new noticeboard for the green has been ordered.\n"
                    "Quotes for resurfacing the car park: c/f to the next meeting.\n")
    assert found == {2: "done", 3: "open"}


def test_words_that_end_an_action_without_doing_it_drop_it():
    assert reports("1. Matters arising\nBooking the hall for the annual meeting is no longer "
                   "needed; it will be held in the church.\n") == {4: "dropped"}


def test_not_yet_and_postponed_are_not_done():
    found = reports("1. Matters arising\nThe noticeboard for the green has not yet been "
                    "ordered.\nThe car park resurfacing quotes have been postponed.\n")
    assert found == {2: "open"}


def test_a_task_written_again_is_carried_forward_and_points_at_the_repeat():
    parsed = parse_text(HEAD + "1. Car park\nACTION: BS to collect quotes for resurfacing the "
                               "car park.\n").to_json()
    [report] = follow(EARLIER, parsed)
    assert (report.key, report.status, report.repeated) == (3, "open", 0)


def test_a_different_task_sharing_only_routine_words_is_not_linked():
    found = reports("1. Matters arising\nThe clerk has written to the county council about "
                    "the bus shelter.\n")
    assert 1 not in found


def test_an_action_review_table_gives_each_row_its_status():
    body = ("## Review of actions\n\n| Action | Owner | Status |\n| --- | --- | --- |\n"
            "| Order new noticeboard for the green | AQ | Done |\n"
            "| Book the hall for the annual meeting | CN | In progress |\n")
    assert reports(body) == {2: "done", 4: "open"}


def test_status_words_are_read_in_their_order_of_weight():
    assert status_of("not yet done") == "open"
    assert status_of("withdrawn, no longer required") == "dropped"
    assert status_of("letters were sent last week") == "done"
    assert status_of("the chair was asked to help") is None


def test_reading_the_same_minutes_twice_gives_the_same_reports():
    parsed = parse_text(HEAD + "1. Matters arising\nAction 3 – complete.\n").to_json()
    assert follow(EARLIER, parsed) == follow(EARLIER, parsed)
