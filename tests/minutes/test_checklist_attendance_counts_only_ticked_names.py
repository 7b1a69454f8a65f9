from minutebook.minutes import parse_text

DOC = """# Steering group, 4 April 2023

## Attendees
* [x] Wren Adair
* [X] Yusuf Bello
* [ ] Zara Coyle
* [ ] ~~Abel Dunn~~
- [x] Bea Ekwueme

## Notes
The group met.
"""


def test_ticked_names_are_present_and_unticked_are_not():
    parsed = parse_text(DOC)
    assert [p.name for p in parsed.present] == ["Wren Adair", "Yusuf Bello", "Bea Ekwueme"]
    # an unticked box does not say whether they sent apologies
    assert parsed.apologies == [] and parsed.absent == []


def test_the_same_checklist_parses_the_same_twice():
    assert parse_text(DOC).to_json() == parse_text(DOC).to_json()
