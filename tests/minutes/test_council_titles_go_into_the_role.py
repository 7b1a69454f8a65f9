import pytest

from minutebook.minutes import parse_text


@pytest.mark.parametrize("line, name, role", [
    ("Present: Cllr Morag Heddle", "Morag Heddle", "Cllr"),
    ("Present: Cllr. Morag Heddle", "Morag Heddle", "Cllr."),
    ("Present: Councillor Morag Heddle (Chair)", "Morag Heddle", "Councillor; Chair"),
    ("Present: County Councillor Morag Heddle", "Morag Heddle", "County Councillor"),
    ("Present: District Cllr Morag Heddle", "Morag Heddle", "District Cllr"),
    ("Present: Borough Councillor M Heddle", "M Heddle", "Borough Councillor"),
])
def test_a_council_title_is_a_role(line, name, role):
    person = parse_text(line + "\n").present[0]
    assert (person.name, person.role) == (name, role)


def test_a_plural_title_before_a_list_leaves_every_name_bare():
    parsed = parse_text("Present: Councillors Ewan Tulloch, Ishbel Rendall and Tam Linklater\n")
    assert [p.name for p in parsed.present] == ["Ewan Tulloch", "Ishbel Rendall",
                                               "Tam Linklater"]


def test_personal_titles_stay_with_the_name_as_written():
    # Mr/Mrs/Dr are how the minutes name someone ("Mrs Flett" has no given name at all).
    parsed = parse_text("Present: Mrs Flett, Dr Ola Sinclair\n")
    assert [p.name for p in parsed.present] == ["Mrs Flett", "Dr Ola Sinclair"]
