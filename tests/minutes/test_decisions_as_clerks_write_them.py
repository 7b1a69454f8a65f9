import pytest

from minutebook.minutes import parse_text

HEAD = ("Minutes of the Larkfield Village Hall trustees held on 6 June 2023\n\n"
        "Present: Ursula Vance, Wim Tolley, Xena Yates\n\n1. Business\n")


@pytest.mark.parametrize("line", [
    "RESOLVED: to replace the boiler.",
    "It was agreed that the hall fees rise by five per cent.",
    "It was resolved that the accounts be approved.",
    "The trustees decided that the car park would be resurfaced.",
    "The Committee unanimously approved the new booking form.",
    "Wim Tolley was duly elected Chair for the coming year.",
    "Xena Yates elected Treasurer unanimously (9 votes).",
    "Ursula Vance accepted the position of Vice Chair.",
    "The consensus was that the kitchen stays open.",
    "It was proposed by Wim Tolley and seconded by Xena Yates that the grant be accepted.",
    "The minutes of the meeting held on 02/05/23 were agreed as a true record.",
    "Request for a memorial bench near the pond agreed.",
])
def test_the_decision_is_found(line):
    parsed = parse_text(HEAD + line + "\n")
    assert len(parsed.decisions) == 1, parsed.decisions


@pytest.mark.parametrize("line", [
    "Wim agreed.",
    "Xena Yates also agreed.",
    "No decision was taken on the car park.",
    "The minutes of the last meeting were not approved pending a correction.",
    "Wim noted that the boiler is old.",
])
def test_agreeing_or_discussing_is_not_a_decision(line):
    assert parse_text(HEAD + line + "\n").decisions == []


def test_a_decision_that_gives_work_is_an_action_too():
    parsed = parse_text(HEAD + "The trustees decided that Wim will draft the new lease.\n")
    assert len(parsed.decisions) == 1
    assert [a.owners for a in parsed.actions] == [["Wim"]]
