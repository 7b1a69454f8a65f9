from minutebook.minutes import parse_text

HEAD = ("Minutes of Brackenby Parish Council held on 9 October 2024\n\n"
        "Present: Cllr. P. Quenby (Chair), Cllr. T. Ashdown, Mrs. O. Fairlie (Clerk)\n\n"
        "1. Playground\n")


def test_an_action_after_a_dotted_title_keeps_its_owner():
    parsed = parse_text(HEAD + "The swings are worn. It was agreed that Cllr. Ashdown will "
                        "ask for two quotes before the next meeting.\n")
    assert [a.owners for a in parsed.actions] == [["Cllr. Ashdown"]], parsed.actions


def test_a_decision_naming_mrs_and_an_initial_stays_one_sentence():
    parsed = parse_text(HEAD + "The Clerk reported on the audit. It was agreed to appoint "
                        "Mrs. G. Holloway as internal auditor for 2024-25.\n")
    assert [d.text for d in parsed.decisions] == [
        "It was agreed to appoint Mrs. G. Holloway as internal auditor for 2024-25."]


def test_sentences_still_end_at_an_ordinary_full_stop():
    parsed = parse_text(HEAD + "The bins were emptied. It was agreed to buy a new bin. "
                        "Cllr. Quenby thanked the volunteers.\n")
    assert [d.text for d in parsed.decisions] == ["It was agreed to buy a new bin."]
