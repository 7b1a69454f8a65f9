from minutebook.minutes import parse_text

HEAD = ("# Harlow Fen Allotment Society committee, 2 April 2021\n\n"
        "Present: Gil Ardent, Hana Brisk, Ivo Cato\n\n## 1. Water troughs\n\n"
        "Hana agreed to look at the leaking trough. Ivo will ask the council about meters.\n\n")


def test_a_list_of_actions_at_the_end_is_the_actions():
    parsed = parse_text(HEAD + "## Actions\n\n1. Gil to order two new troughs\n"
                        "2. Ivo to write to the council about water meters\n")
    assert [a.owners for a in parsed.actions] == [["Gil"], ["Ivo"]], parsed.actions


def test_a_series_of_actions_block_is_a_list_too():
    parsed = parse_text(HEAD + "Series of actions:\n  - Gil to order two new troughs\n")
    assert [a.owners for a in parsed.actions] == [["Gil"]], parsed.actions


def test_without_a_list_the_discussion_gives_the_actions():
    parsed = parse_text(HEAD)
    assert [a.owners for a in parsed.actions] == [["Hana"], ["Ivo"]], parsed.actions


def test_action_lines_among_the_discussion_do_not_silence_it():
    parsed = parse_text(HEAD + "ACTION: Gil to order two new troughs\n")
    assert [a.owners for a in parsed.actions] == [["Hana"], ["Ivo"], ["Gil"]], parsed.actions
