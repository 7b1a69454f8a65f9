import pytest

from minutebook.minutes import parse_text


@pytest.mark.parametrize("entry, name, role", [
    ("Ailsa Brough – Eastmoor", "Ailsa Brough", "Eastmoor"),
    ("Ailsa Brough - Treasurer", "Ailsa Brough", "Treasurer"),
    ("Ailsa Brough -TSC", "Ailsa Brough", "TSC"),
    ("Ailsa Brough (Clerk)", "Ailsa Brough", "Clerk"),
    ("Ailsa Brough (Harbour Trust)", "Ailsa Brough", "Harbour Trust"),
    ("Ailsa Brough (AB)", "Ailsa Brough", None),
    ("Ailsa Brough (@abrough)", "Ailsa Brough", None),
])
def test_what_follows_a_name_is_its_role(entry, name, role):
    person = parse_text(f"Present: {entry}\n").present[0]
    assert (person.name, person.role) == (name, role)


def test_pronouns_are_neither_a_name_nor_a_role():
    parsed = parse_text("Attendees:\n- Rory Gunn, she/her (Northgate)\n- Iona Bain\n")
    assert [p.name for p in parsed.present] == ["Rory Gunn", "Iona Bain"]


def test_a_name_it_goes_by_in_brackets_stays_in_the_name():
    parsed = parse_text("Present: JD (Jamie) Ord, Iona Bain\n")
    assert [p.name for p in parsed.present] == ["JD Jamie Ord", "Iona Bain"]
