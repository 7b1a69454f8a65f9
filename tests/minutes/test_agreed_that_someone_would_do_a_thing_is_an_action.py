import pytest

from minutebook.minutes import parse_text

HEAD = ("Minutes of Gorsey Heath Parish Council held on 14 March 2023\n\n"
        "Present: Cllr Lorna Pike (Chair), Cllr Idris Mawby, Nell Corrigan (Clerk)\n\n"
        "1. Footpaths\n")


@pytest.mark.parametrize(("line", "owner"), [
    ("It was agreed that the Clerk would write to the landowner about the stile.", "Clerk"),
    ("It was agreed that Cllr Mawby would walk the bridleway and report back.", "Cllr Mawby"),
    ("The council agreed that Lorna Pike should contact the ranger before May.", "Lorna Pike"),
])
def test_the_owner_named_after_agreed_that_gets_the_action(line, owner):
    parsed = parse_text(HEAD + line + "\n")
    assert [a.owners for a in parsed.actions] == [[owner]], parsed.actions


def test_agreed_that_a_thing_would_be_done_gives_no_owner():
    parsed = parse_text(HEAD + "It was agreed that the stile would be repaired in spring.\n")
    assert [a.owners for a in parsed.actions] == [[]]
    assert len(parsed.decisions) == 1
