"""An item whose heading says it is confidential is marked so, whatever the words under it."""

import pytest

from minutebook.minutes import parse_text

HEAD = "Date: 5 May 2022\nPresent: Iris Penn, Joel Marr\n\n1. Welcome\nIP welcomed members.\n\n"


@pytest.mark.parametrize("heading", ["2. Staffing (confidential)", "2. CONFIDENTIAL: Staffing",
                                     "2. Part 2 - exempt items", "2. Not for publication"])
def test_the_item_is_confidential_and_its_neighbour_is_not(heading):
    parsed = parse_text(HEAD + f"{heading}\nThe review of the post was discussed.\n")
    welcome, secret = parsed.items
    assert secret.confidential and not welcome.confidential
    assert any("confidential material" in w for w in parsed.warnings)


def test_an_ordinary_heading_marks_nothing():
    parsed = parse_text(HEAD + "2. Staffing\nThe review of the post was discussed.\n")
    assert not any(item.confidential for item in parsed.items)
