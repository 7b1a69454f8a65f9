import pytest

from minutebook.minutes import parse_text

HEAD = ("Minutes of the Saltmarsh Hall committee held on 2 March 2022\n\n"
        "Present: Mr Idris Pask, Nell Quartermain (NQ), Otto Reyes, Parish Clerk: Pia Sato\n\n"
        "1. Hall roof\n")


@pytest.mark.parametrize("line, text, owners", [
    ("ACTION: NQ to get three quotes.", "NQ to get three quotes.", ["NQ"]),
    ("Action – Otto to book the scaffold.", "Otto to book the scaffold.", ["Otto"]),
    ("Action items: NQ to chase the insurer", "NQ to chase the insurer", ["NQ"]),
    ("AI: Otto to photograph the damage", "Otto to photograph the damage", ["Otto"]),
    ("Mr Pask agreed to write to the diocese.", "Mr Pask agreed to write to the diocese.",
     ["Mr Pask"]),
    ("Otto would draft a letter to the tenants.", "Otto would draft a letter to the tenants.",
     ["Otto"]),
    ("The Clerk will circulate both letters.", "The Clerk will circulate both letters.",
     ["Clerk"]),
    ("NQ asked the Parish Clerk to order new gutters.",
     "NQ asked the Parish Clerk to order new gutters.", ["Parish Clerk"]),
    ("The roof was inspected, and Otto will report back in April.",
     "Otto will report back in April.", ["Otto"]),
])
def test_the_action_and_its_owner_are_found(line, text, owners):
    parsed = parse_text(HEAD + line + "\n")
    assert [(a.text, a.owners) for a in parsed.actions] == [(text, owners)]


@pytest.mark.parametrize("line", [
    "The roof was inspected last week.",
    "Otto would like to see the quotes first.",
    "NQ asked members to think about the colour.",
])
def test_discussion_is_not_an_action(line):
    assert parse_text(HEAD + line + "\n").actions == []


def test_a_handle_owns_an_action():
    parsed = parse_text("# Lintel project, 3 May 2023\n\n## Attending\n\n* Ama Boateng (@amab)\n\n"
                        "## Release\n\n* @amab will cut the release on Friday.\n")
    assert [a.owners for a in parsed.actions] == [["@amab"]]


def test_entries_reported_closed_in_an_actions_list_are_not_new():
    parsed = parse_text(HEAD + "\n## Actions\n\n1. Clean the gutters [closed]\n"
                        "2. Members to send their photos to the Clerk [new]\n")
    assert [a.text for a in parsed.actions] == ["Members to send their photos to the Clerk [new]"]


def test_actions_nested_under_an_action_line():
    parsed = parse_text(HEAD + "- ACTION:\n  - Otto - book the scaffold\n  - NQ - chase the insurer\n"
                        "- The roof was discussed at length.\n")
    assert [(a.text, a.owners) for a in parsed.actions] == [
        ("Otto - book the scaffold", ["Otto"]), ("NQ - chase the insurer", ["NQ"])]


def test_an_actions_line_over_a_list_at_its_own_indent():
    parsed = parse_text(HEAD + "ACTIONS:\nNQ to get three quotes.\nOtto to book the scaffold.\n")
    assert [a.owners for a in parsed.actions] == [["NQ"], ["Otto"]]


def test_a_resolution_that_gives_someone_work_is_an_action_too():
    parsed = parse_text("# Lintel project, 3 May 2023\n\n## Attending\n\n* Ama Boateng (@amab)\n\n"
                        "## Chat\n\n**Resolution**: we move to the new chat, and @amab will send "
                        "the invites.\n")
    assert len(parsed.decisions) == 1
    assert [a.owners for a in parsed.actions] == [["@amab"]]


def test_capitalised_words_before_a_role_word_are_not_an_owner():
    parsed = parse_text(HEAD + "ACTION – Invite Northgate heads to name a representative.\n")
    assert [(a.text, a.owners) for a in parsed.actions] == [
        ("Invite Northgate heads to name a representative.", [])]


@pytest.mark.parametrize("line, owners", [
    ("ACTION ALL: read the new hire policy", ["ALL"]),
    ("Action new committee: send your photos to the Clerk", ["new committee"]),
    ("ACTION OLD COMMITTEE: hand over the keys", ["OLD COMMITTEE"]),
])
def test_a_group_named_in_an_action_line_owns_it_as_written(line, owners):
    assert [a.owners for a in parse_text(HEAD + line + "\n").actions] == [owners]
