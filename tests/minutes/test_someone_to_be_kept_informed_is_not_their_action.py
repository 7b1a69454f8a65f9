import pytest

from minutebook.minutes import parse_text

HEAD = ("Minutes of Ockley Down Parish Council held on 5 June 2020\n\n"
        "Present: Cllr Vera Lund, Cllr Wyn Marsh, Zoe Pratt (Clerk)\n\n1. Planning\n")


@pytest.mark.parametrize("line", [
    "The Parish Council to be kept informed by the district of any appeal.",
    "Cllr Lund to be told the outcome of the appeal.",
    "The Clerk to be paid for the extra hours in July.",
])
def test_being_informed_told_or_paid_is_no_ones_action(line):
    assert parse_text(HEAD + line + "\n").actions == []


def test_someone_to_keep_others_informed_is_still_an_action():
    parsed = parse_text(HEAD + "Cllr Lund to keep the council informed of the appeal.\n")
    assert [a.owners for a in parsed.actions] == [["Cllr Lund"]], parsed.actions
