from minutebook.minutes import parse_text

ATTENDANCE = "Date: 1 March 2022\nPresent: Alan Barham, Martin Baker, Mrs Whitlow\n\n"


def test_it_resolves_initials_from_the_attendance_list():
    parsed = parse_text(ATTENDANCE + "1. Budget\nAB asked about reserves. MB agreed.\n")
    assert parsed.initials["AB"] == "Alan Barham"
    assert parsed.initials["MB"] == "Martin Baker"


def test_it_keeps_unknown_initials_unresolved():
    parsed = parse_text(ATTENDANCE + "1. Budget\nACTION: DT to follow up.\n")
    assert parsed.initials["DT"] is None
    assert ("DT is named as an action owner but is not in the attendance list"
            in parsed.warnings)


def test_it_leaves_ambiguous_initials_unresolved_and_says_why():
    parsed = parse_text("Present: Anna Bell, Alan Barham\n\n1. Budget\nAB to check the "
                        "figures.\n")
    assert parsed.initials["AB"] is None
    assert any(w.startswith("AB could be") for w in parsed.warnings)


def test_it_gives_no_initials_to_a_title_only_name():
    parsed = parse_text(ATTENDANCE)
    whitlow = next(p for p in parsed.present if p.name == "Mrs Whitlow")
    assert whitlow.initials is None


def test_it_resolves_a_given_name_used_by_exactly_one_attendee():
    parsed = parse_text(ATTENDANCE + "1. Budget\nMartin shared the forecast.\n")
    entry = parsed.items[0].entries[0]
    assert entry.speakers == ["MB"]


def test_it_uses_known_people_passed_in():
    parsed = parse_text("Present: Alan Barham\n\n1. Budget\nACTION: DT to follow up.\n",
                        known_people=["Dora Tallis"])
    assert parsed.initials["DT"] == "Dora Tallis"
    assert not any("DT" in w for w in parsed.warnings)
