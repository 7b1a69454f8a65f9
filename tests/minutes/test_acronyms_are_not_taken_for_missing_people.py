"""Capitals the minutes also write as things ("the TAC", "a GPU", "MFAs") are acronyms: their
absence from the attendance is no cause to warn. Real initials still are."""

from minutebook.minutes import parse_text

HEAD = "Date: 9 May 2023\nPresent: Priya Lomax, Owen Trask\n\n1. Reports\n"


def missing(parsed) -> set[str]:
    return {w.split()[0] for w in parsed.warnings if "not in the attendance list" in w}


def test_a_committee_named_with_the_is_not_a_missing_person():
    parsed = parse_text(HEAD + "PL reported on the survey. TSC agreed to meet monthly.\n"
                        "Members thanked the TSC for its work.\n")
    assert "TSC" not in missing(parsed)
    assert parsed.initials["PL"] == "Priya Lomax"


def test_a_thing_with_a_or_an_and_a_plural_acronym_are_left_alone():
    parsed = parse_text(HEAD + "GPU runners were discussed. OT asked whether a GPU could be "
                        "borrowed.\nPRs said little about the release.\nACTION: OT to collect "
                        "the PRs.\n")
    assert missing(parsed) == set()


def test_initials_written_only_as_a_person_still_warn():
    parsed = parse_text(HEAD + "JQ stressed the cost. JQ said the council should pay.\n"
                        "The board thanked the speakers.\n")
    assert "JQ" in missing(parsed)


def test_an_unknown_owner_is_still_named_in_the_warnings():
    parsed = parse_text(HEAD + "Members discussed the budget.\nACTION: RV to draft the letter."
                        "\n")
    assert "RV is named as an action owner but is not in the attendance list" in parsed.warnings


def test_the_same_document_parsed_twice_warns_the_same():
    text = HEAD + "The TSC met twice. TSC agreed the plan. KD said nothing.\n"
    assert parse_text(text).warnings == parse_text(text).warnings
