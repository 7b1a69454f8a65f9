import pytest

from minutebook.minutes import parse_text


@pytest.mark.parametrize("heading, field", [
    ("Voting Member Attendees", "present"),
    ("Other Attendees", "present"),
    ("Councillors present", "present"),
    ("Attendance (please add your name)", "present"),
    ("Attended by", "present"),
    ("Voting Member Regrets", "apologies"),
    ("Apologies for absence", "apologies"),
    ("Members absent", "absent"),
])
def test_the_heading_opens_its_list(heading, field):
    parsed = parse_text(f"# Harbour board\n\n## {heading}\n\n* Cora Dean\n* Eli Frost\n\n"
                        "## Harbour dues\n\nThe dues rise in May.\n")
    assert [p.name for p in getattr(parsed, field)] == ["Cora Dean", "Eli Frost"]


def test_a_heading_that_only_mentions_a_clerk_is_an_item():
    parsed = parse_text("# Harbour board\n\n## Report of the Clerk\n\nThe Clerk reported.\n")
    assert parsed.present == [] and parsed.items[0].title == "Report of the Clerk"
