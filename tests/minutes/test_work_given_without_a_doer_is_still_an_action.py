import pytest

from minutebook.minutes import parse_text

HEAD = ("Minutes of Marrow End Parish Council held on 11 July 2018\n\n"
        "Present: Cllr Dora Finch, Cllr Elias Grove, Fay Holm (Clerk)\n\n1. Village hall\n")


@pytest.mark.parametrize("line", [
    "The two vacancies will be advertised in the parish newsletter.",
    "A donation of £40 is to be sent to the youth club.",
    "Details of the broken fence should be obtained and passed onto the landlord.",
    "It was agreed that a notice of the closure will be displayed on the board.",
    "The hall lease will be reviewed at the next meeting.",
])
def test_a_task_in_the_passive_is_an_action_with_no_owner(line):
    parsed = parse_text(HEAD + line + "\n")
    assert [(a.owners, a.text.split()[0]) for a in parsed.actions] == [
        ([], line.split()[0] if not line.startswith("It was") else "a")], parsed.actions


@pytest.mark.parametrize("line", [
    "Cllr Finch proposed and Cllr Grove seconded that the hall accounts should be presented "
    "in September.",
    "The auditor recommended that the bank mandate is to be updated this year.",
])
def test_a_motion_or_request_that_work_be_done_is_an_action_too(line):
    parsed = parse_text(HEAD + line + "\n")
    assert [a.owners for a in parsed.actions] == [[]], parsed.actions
    assert parsed.actions[0].text.startswith("the "), parsed.actions


@pytest.mark.parametrize("line", [
    "Cllr Finch noted that the grant will be sent in August.",
    "The volunteers will be pleased with the new kitchen.",
    "It will be advertised by the county, not by us.",
    "The amendment should be made before the minutes are signed.",
])
def test_reported_speech_and_states_of_things_are_not_actions(line):
    assert parse_text(HEAD + line + "\n").actions == []
