import pytest

from minutebook.minutes import parse_text


@pytest.mark.parametrize("entry", [
    "Wilma Corrie e'mail wilma@example.org",
    "Wilma Corrie email: wilma@example.org",
    "Wilma Corrie e-mail wilma@example.org",
    "Wilma Corrie tel 01632 960123",
    "Wilma Corrie 07700 900456",
    "Wilma Corrie <wilma@example.org>",
])
def test_a_phone_or_email_after_a_name_is_dropped(entry):
    parsed = parse_text(f"Present: {entry}; Hamish Muir\n")
    assert [p.name for p in parsed.present] == ["Wilma Corrie", "Hamish Muir"]
