from minutebook.minutes import parse_text


def test_it_records_note_and_nb_lines_as_entries_not_actions():
    parsed = parse_text("Date: 1 May 2020\nPresent: Ada Quarry\n\n1. Rooms\n"
                        "NOTE – all heads will be told after the meeting.\n"
                        "NB: the hall is closed in August.\n")
    kinds = [e.kind for e in parsed.items[0].entries]
    assert kinds == ["note", "nb"]
    assert parsed.actions == []
