"""Minutes often head with the body's name, then a committee's name or the body again in
capitals, then the title with the date: all of it is the heading, and the date is read."""

import pytest

from minutebook.minutes import parse_blocks
from minutebook.minutes.model import Block


def parse(text: str) -> dict:
    return parse_blocks([Block("paragraph", line) for line in text.strip().splitlines()
                         if line.strip()]).to_json()


@pytest.mark.parametrize("second", ["PLANNING COMMITTEE", "Finance and General Purposes Committee",
                                    "THORNBURY TOWN COUNCIL", "Allotments Sub-Committee"])
def test_the_second_line_does_not_end_the_heading(second):
    parsed = parse(f"""
Thornbury Town Council
{second}
Minutes of the meeting held in the Guildhall on Tuesday 4th June 2024 at 7pm
Present: Cllr Wynn Abbot, Cllr Xena Boyd
1. Applications
Two applications were considered.
""")
    assert parsed["date"] == "2024-06-04"
    assert parsed["body"] == "Thornbury Town Council"
    assert [i["title"] for i in parsed["items"]] == ["Applications"]


def test_a_first_item_under_the_body_name_is_still_an_item():
    parsed = parse("""
Thornbury Town Council
APOLOGIES
Cllr Yusuf Crane sent apologies.
2. Applications
Two applications were considered on 4 June 2024.
""")
    assert "Applications" in [i["title"] for i in parsed["items"]]
    assert any(p["name"] == "Yusuf Crane" for p in parsed["apologies"])
