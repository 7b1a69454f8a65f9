from minutebook.minutes import parse_text


def test_a_heading_and_a_date_are_flagged():
    parsed = parse_text("Tolworth Choir Committee\n\n14 October 2022\n")
    assert parsed.date == "2022-10-14"
    assert parsed.warnings[0].startswith("Only a heading and a date were found")


def test_item_headings_with_nothing_under_them_are_flagged_too():
    parsed = parse_text("Tolworth Choir Committee\n14 October 2022\n\n1. Apologies\n"
                        "2. Treasurer's report\n3. Any other business\n")
    assert parsed.warnings[0].startswith("Only a heading and a date were found")


def test_minutes_with_attendance_or_discussion_are_not_flagged():
    for text in ("Tolworth Choir Committee\n14 October 2022\n\nPresent: Cai Morgan, Ida Fenn\n",
                 "Tolworth Choir Committee\n14 October 2022\n\n1. Concert\n"
                 "The December concert will be in the church.\n"):
        assert not any(w.startswith("Only a heading") for w in parse_text(text).warnings)
