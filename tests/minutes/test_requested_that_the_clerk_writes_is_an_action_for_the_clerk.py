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
