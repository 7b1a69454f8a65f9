import pytest

from minutebook.minutes import parse_text

HEAD = "Minutes of the Brackley Bee Keepers held on Tuesday 10 November 2020\n\nPresent: Rui Alves\n\n"


@pytest.mark.parametrize("sentence, date", [
    ("The next meeting will be held on 8 December 2020 at 7pm.", "2020-12-08"),
    ("The next meeting was arranged for Wednesday 9th December.", "2020-12-09"),
    ("Date of next meeting: 12/01/2021", "2021-01-12"),
    ("The next meeting will be held on January 12, 19:00.", "2021-01-12"),
    ("It was agreed that the date of the December meeting would be moved to Monday 14th "
     "December.", "2020-12-14"),
    ("Agenda for next week: the spring feeding plan.", "2020-11-17"),
])
def test_the_next_meeting_is_found(sentence, date):
    parsed = parse_text(HEAD + "1. Any other business\n" + sentence + "\n")
    assert [m.date for m in parsed.next_meetings] == [date]


def test_a_past_meeting_named_in_a_sentence_is_not_a_next_meeting():
    parsed = parse_text(HEAD + "1. Minutes\nThe minutes of the meeting held on 13 October 2020 "
                        "were agreed.\n")
    assert parsed.next_meetings == []


@pytest.mark.parametrize("head, date", [
    ("# Lintel TSC Meeting Notes – 2019-January-03\n", "2019-01-03"),
    ("## Lintel TAG call\n\n##### 09 October 2018\n", "2018-10-09"),
    ("Minutes of the meeting held in the Old Forge at 7.30pm on Wednesday 18th February 2004\n",
     "2004-02-18"),
    ("HALLTON PARISH COUNCIL\nMINUTES OF THE MEETING HELD ON\n\nTUESDAY MAY 6th 2014\n",
     "2014-05-06"),
])
def test_the_meeting_date_as_written_at_the_top(head, date):
    assert parse_text(head + "\nPresent: Rui Alves\n").date == date
