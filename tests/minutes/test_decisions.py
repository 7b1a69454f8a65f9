import pytest

from minutebook.minutes import parse_file, parse_text

HEAD = "Date: 9 February 2011\nPresent: Alan Barham\n\n1. Business\n"


def decisions(text):
    return [d.text for d in parse_text(HEAD + text).decisions]


@pytest.mark.parametrize("line", ["RESOLVED: that the fee be increased.",
                                  "Resolved: that the fee be increased.",
                                  "DECISION: that the fee be increased.",
                                  "It was agreed that the fee be increased.",
                                  "The committee approved that the fee be increased."])
def test_it_finds_each_way_of_writing_a_decision(line):
    [text] = decisions(line)
    assert "the fee be increased" in text


def test_it_records_a_resolved_proposal():
    found = decisions("PROPOSAL: Move the meeting to Thursdays.\nRESOLVED - no objections\n")
    assert found == ["Move the meeting to Thursdays."]


def test_it_records_previous_minutes_agreed_with_corrections(fixtures):
    parsed = parse_file(fixtures / "wealdshire-primary-forum-2011-02-09.txt")
    assert [d.text for d in parsed.decisions] == [
        "Minutes of the previous meeting agreed as an accurate record, with corrections: "
        "correction noted to the spelling of Priya Anand"]


def test_it_does_not_take_a_person_agreeing_as_a_decision():
    assert decisions("AB agreed that the problem was serious.") == []
