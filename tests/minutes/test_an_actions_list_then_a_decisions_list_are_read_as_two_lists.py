from minutebook.minutes import parse_text

DOC = ("Minutes of the Tarn Valley Digital Health Board, 9 May 2019\n\n"
       "Present: Kofi Adu (KA), Lena Moss (LM)\n\n"
       "1. Shared records\n\nLM agreed to draft a note for the website. "
       "The Board agreed the timetable.\n\n"
       "Actions\n\n- Send the timetable to all partners.\n"
       "- LM to draft a note on shared records for the website.\n \n"
       "Decisions\n \n• The Board agreed the shared records timetable.\n"
       "• The Board agreed that trials start in June.\n")


def test_the_decisions_line_ends_the_actions_list():
    parsed = parse_text(DOC)
    assert [a.text for a in parsed.actions] == [
        "Send the timetable to all partners.",
        "LM to draft a note on shared records for the website."], parsed.actions


def test_the_listed_entry_stands_for_the_same_action_in_the_discussion():
    parsed = parse_text(DOC)
    assert [a.owners for a in parsed.actions] == [[], ["LM"]]


def test_where_there_is_a_decisions_list_its_entries_are_the_decisions():
    parsed = parse_text(DOC)
    assert [d.text for d in parsed.decisions] == [
        "The Board agreed the shared records timetable.",
        "The Board agreed that trials start in June."]


def test_without_a_decisions_list_the_discussion_gives_them():
    parsed = parse_text(DOC.split("Decisions")[0])
    assert [d.text for d in parsed.decisions] == ["The Board agreed the timetable."]
