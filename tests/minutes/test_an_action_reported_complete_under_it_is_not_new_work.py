from minutebook.minutes import parse_text

HEAD = ("# Quarry Lane Film Society committee, 1 August 2025\n\n"
        "Present: Abel Kerr (AK), Bea Orme (BO)\n\n## Projector\n\n")


def test_an_action_with_action_complete_under_it_is_dropped():
    parsed = parse_text(HEAD + "- ACTION AK: Order a spare lamp\n  - Action Complete\n"
                        "- ACTION BO: Book the hall for October\n  - Action carried forward\n")
    assert [a.owners for a in parsed.actions] == [["BO"]], parsed.actions


def test_done_on_its_own_drops_only_the_action_above_it():
    parsed = parse_text(HEAD + "- ACTION BO: Book the hall for October\n"
                        "- ACTION AK: Order a spare lamp\n  - Done\n")
    assert [a.owners for a in parsed.actions] == [["BO"]], parsed.actions


def test_a_done_line_with_no_action_above_it_in_its_item_drops_nothing():
    parsed = parse_text(HEAD + "- ACTION AK: Order a spare lamp\n\n## Posters\n\n- Done\n")
    assert [a.owners for a in parsed.actions] == [["AK"]], parsed.actions
