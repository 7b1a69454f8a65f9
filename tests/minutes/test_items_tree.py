from minutebook.minutes import parse_text


def titles(items):
    return [(i.number, i.title, titles(i.children)) for i in items]


def test_it_nests_numbered_sub_items():
    parsed = parse_text("Present: Ada Quarry\n\n1. Finance\n1.1 Payments\nNoted.\n"
                        "1.2 Budget\nNoted.\n\n2. Any other business\nNone.\n")
    assert titles(parsed.items) == [("1", "Finance", [("1.1", "Payments", []),
                                                      ("1.2", "Budget", [])]),
                                    ("2", "Any other business", [])]


def test_it_does_not_take_an_agenda_list_for_items():
    parsed = parse_text("Present: Ada Quarry\n\nAGENDA REVIEW\nWe covered:\n1. Roads\n"
                        "2. Parks\n\n1. Roads\nPotholes discussed.\n\n2. Parks\nBenches.\n")
    # numbered items sit under the capitals heading before them, once each
    assert titles(parsed.items) == [(None, "Agenda review", [("1", "Roads", []),
                                                             ("2", "Parks", [])])]


def test_it_title_cases_all_caps_labels_and_keeps_markdown_headings():
    parsed = parse_text("# Fenmoor Panel\n\n## Topics\n### Play Areas\n* AQ: fine\n")
    assert titles(parsed.items) == [(None, "Topics", [(None, "Play Areas", [])])]
    parsed = parse_text("Present: Ada Quarry\n\nURGENT    BUSINESS\nNone.\n")
    assert titles(parsed.items) == [(None, "Urgent business", [])]
