from minutebook.minutes import parse_text


def test_no_attendance_list_is_said():
    parsed = parse_text("Harbour Trust, 4 May 2021\n\n1. Moorings\nThe fees were discussed.\n")
    assert "No attendance list was found" in parsed.warnings


def test_names_run_together_are_reported():
    parsed = parse_text("Present: Ann Example Ben Sample Cara Test, Dev Patel\n")
    assert [p.name for p in parsed.present] == ["Dev Patel"]
    assert ("1 name in the attendance could not be split: 'Ann Example Ben Sample Cara Test'"
            in parsed.warnings)


def test_words_read_as_names_are_reported():
    parsed = parse_text("Present: so, far, Ann Example\n")
    assert any(w.startswith("2 entries in the attendance do not read as names (so, far)")
               for w in parsed.warnings)


def test_a_present_heading_with_nothing_readable_under_it_is_reported():
    parsed = parse_text("Harbour Trust, 4 May 2021\n\nPresent:\n\n"
                        "around forty members of the trust\n\n1. Moorings\nFees were set.\n")
    assert any(w.startswith("No names could be read under the attendance heading")
               for w in parsed.warnings)


def test_an_empty_apologies_heading_is_not_a_problem():
    parsed = parse_text("# Harbour Trust, 4 May 2021\n\n## Present\n\n* Ann Example\n\n"
                        "## Apologies\n\n## Moorings\n\nFees were set.\n")
    assert not any("could" in w or "read" in w for w in parsed.warnings)
