import pytest

from minutebook.minutes import parse_text


@pytest.mark.parametrize("marker", ["confidential", "CONFIDENTIAL", "Part 2", "exempt"])
def test_it_flags_confidential_material_and_warns(marker):
    parsed = parse_text(f"Date: 1 May 2020\nPresent: Ada Quarry\n\n1. Open item\nAll fine.\n\n"
                        f"2. Staffing\nThe report is {marker} material.\n")
    open_item, staffing = parsed.items
    assert staffing.confidential and not open_item.confidential
    assert staffing.entries[0].confidential
    assert parsed.confidential == [{"item": "Staffing",
                                    "text": f"The report is {marker} material."}]
    assert any("Staffing" in w and "confidential" in w for w in parsed.warnings)


def test_a_confidential_sub_item_leaves_its_parent_open():
    parsed = parse_text("Date: 1 May 2020\nPresent: Ada Quarry\n\nFORUM DISCUSSION\n"
                        "1. Transport\nRoutes were discussed.\n\n"
                        "2. Staffing\nThe list is confidential.\n")
    parent = parsed.items[0]
    transport, staffing = parent.children
    assert staffing.confidential
    assert not parent.confidential and not transport.confidential
