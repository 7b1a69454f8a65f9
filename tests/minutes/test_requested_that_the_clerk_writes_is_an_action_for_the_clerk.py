import pytest

from minutebook.minutes import parse_text

HEAD = ("Minutes of Hollins Green Parish Council held on 7 May 2019\n\n"
        "Present: Cllr Ruth Penney (RP), Cllr Omar Dace (OD), Sian Bell (Parish Clerk)\n\n"
        "1. Allotments\n")


@pytest.mark.parametrize(("line", "owner"), [
    ("RP requested that the Parish Clerk writes to the allotment society about the rent.",
     "Parish Clerk"),
    ("OD asked that the Clerk confirms the water bill with the supplier.", "Clerk"),
])
def test_the_doer_after_requested_that_gets_the_action(line, owner):
    parsed = parse_text(HEAD + line + "\n")
    assert [a.owners for a in parsed.actions] == [[owner]], parsed.actions


def test_requested_that_a_thing_is_so_gives_no_action():
    parsed = parse_text(HEAD + "RP requested that the Council notes the plot waiting list.\n")
    assert parsed.actions == []


@pytest.mark.parametrize("line", [
    "The Parish Clerk asked the Council to note that the audit was passed.",
    "RP asked the Clerk to consider the matter closed.",
])
def test_being_asked_to_note_or_consider_is_no_ones_work(line):
    assert parse_text(HEAD + line + "\n").actions == []


def test_being_asked_to_do_something_still_is():
    parsed = parse_text(HEAD + "RP asked the Clerk to notify the tenants of the new rent.\n")
    assert [a.owners for a in parsed.actions] == [["Clerk"]], parsed.actions
