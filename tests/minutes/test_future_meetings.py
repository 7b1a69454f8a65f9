import pytest

from minutebook.minutes import parse_file, parse_text


def test_it_reads_the_future_dates_table_with_meeting_kinds(fixtures):
    parsed = parse_file(fixtures / "wealdshire-primary-forum-2011-02-09.txt")
    assert [(m.date, m.kind) for m in parsed.next_meetings] == [
        ("2011-03-16", None), ("2011-05-04", "executive"), ("2011-05-18", "forum"),
        ("2011-06-29", "executive"), ("2011-07-13", "forum")]


@pytest.mark.parametrize("written", ["27 January 2010", "27th Jan 2010", "27/01/2010",
                                     "2010-01-27", "Wednesday 27 January"])
def test_it_reads_each_date_format(written):
    parsed = parse_text(f"Date: 2 January 2010\nPresent: Ada Quarry\n\n"
                        f"1. Date of next meeting\nThe next meeting is on {written}.\n")
    assert [m.date for m in parsed.next_meetings] == ["2010-01-27"]
