import pytest

from minutebook.minutes import parse_file, parse_text

UNDATED = "Minutes of the Gorse Hill Bowls Club\n\nPresent: Oona Vickery, Rhys Abbot\n"


@pytest.mark.parametrize("name, date", [
    ("gorse-hill-2021-06-09.txt", "2021-06-09"),
    ("minutes_20210609.md", "2021-06-09"),
    ("Committee 09-06-2021.txt", "2021-06-09"),
    ("Minutes 9 June 2021.txt", "2021-06-09"),
])
def test_the_file_name_gives_the_date(tmp_path, name, date):
    path = tmp_path / name
    path.write_text(UNDATED)
    parsed = parse_file(path)
    assert parsed.date == date
    assert any("taken from the file name" in w for w in parsed.warnings)


def test_a_year_missing_from_the_text_comes_from_the_file_name(tmp_path):
    path = tmp_path / "bowls-2019-08-30.txt"
    path.write_text("Gorse Hill Bowls Club\nFriday 30th August\n\nPresent: Oona Vickery\n")
    parsed = parse_file(path)
    assert parsed.date == "2019-08-30"
    assert not any("file name" in w for w in parsed.warnings)


def test_the_text_wins_over_the_file_name(tmp_path):
    path = tmp_path / "uploaded-2024-01-02.txt"
    path.write_text("Minutes of the meeting held on 12 December 2023\n\nPresent: Oona Vickery\n")
    assert parse_file(path).date == "2023-12-12"


def test_no_date_anywhere_leaves_it_empty_with_a_warning(tmp_path):
    path = tmp_path / "bowls club.txt"
    path.write_text(UNDATED)
    parsed = parse_file(path)
    assert parsed.date is None
    assert "No meeting date was found" in parsed.warnings
    assert parse_text(UNDATED).date is None
