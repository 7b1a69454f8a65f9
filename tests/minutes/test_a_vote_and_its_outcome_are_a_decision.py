import pytest

from minutebook.minutes import parse_text

HEAD = ("# Annual General Meeting of the Dunmore Rowing Club, 4 February 2022\n\n"
        "Present: Petra Ilves, Quentin Moss, Rosa Tamm, Sami Uddin\n\n")


def test_a_bare_outcome_completes_the_candidacy_minuted_above_it():
    parsed = parse_text(HEAD + "## Elections\n\n### Captain\n\n"
                        " - Rosa Tamm stands (proposed: Petra, seconded: Sami)\n"
                        " - Elected unanimously (14)\n")
    assert [d.text for d in parsed.decisions] == [
        "Rosa Tamm stands (proposed: Petra, seconded: Sami): Elected unanimously (14)"]


def test_a_bare_outcome_without_a_motion_is_the_decision_on_its_item():
    parsed = parse_text(HEAD + "## Boathouse rules\n\nThe new curfew was read out.\n\nCarried.\n")
    assert [d.text for d in parsed.decisions] == ["Boathouse rules: Carried."]


def test_two_outcomes_under_one_motion_do_not_join_twice():
    parsed = parse_text(HEAD + "## Fees\n\n - Proposed by Quentin, seconded by Rosa: fees rise by 5%\n"
                        " - Carried\n - Carried\n")
    assert len(parsed.decisions) == 2, parsed.decisions


@pytest.mark.parametrize("line", [
    "After some debate the amendment was rejected.",
    "The motion was carried by a large majority.",
    "In favour: 20 Against: 3 Abstentions: 1",
    "In favor 18, against 0, abstain 2 - PASSED",
])
def test_a_motion_passed_or_rejected_or_a_tally_is_a_decision(line):
    parsed = parse_text(HEAD + "## Constitution\n\n" + line + "\n")
    assert len(parsed.decisions) == 1, parsed.decisions


@pytest.mark.parametrize("line", [
    "The message was passed on to the coach.",
    "Sami said the old boat was lost in the flood.",
    "Quentin passed round the accounts.",
])
def test_passing_things_on_is_not_a_decision(line):
    assert parse_text(HEAD + "## Constitution\n\n" + line + "\n").decisions == []
