"""A WordPerfect file goes through LibreOffice and parses as the same minutes typed as text."""

import pytest
from archive_copies import wordperfect

from minutebook.minutes import parse_file

pytestmark = pytest.mark.usefixtures("soffice")

LINES = ["Thornbury Allotment Society",
         "Minutes of the committee meeting held on 3 March 1998",
         "Present: Edna Pollard, Walter Crisp, Agnes Moorby",
         "Apologies: Harold Tebbit",
         "1. Water supply",
         "The standpipe by plot 12 froze in January and split.",
         "ACTION: Walter Crisp to buy a lagged replacement before April.",
         "2. Rents",
         "Rents will stay at eight pounds a plot for the coming year."]


def key_fields(parsed):
    return (parsed.date, [p.name for p in parsed.present], [p.name for p in parsed.apologies],
            [(a.text, a.owners) for a in parsed.actions], [i.title for i in parsed.items])


def test_the_wordperfect_file_reads_as_the_same_minutes_typed(tmp_path):
    wpd = parse_file(wordperfect(LINES, tmp_path / "committee.wpd"))
    (tmp_path / "committee.txt").write_text("\n\n".join(LINES), encoding="utf-8")
    assert key_fields(wpd) == key_fields(parse_file(tmp_path / "committee.txt"))
    assert wpd.date == "1998-03-03"
    assert [p.name for p in wpd.present] == ["Edna Pollard", "Walter Crisp", "Agnes Moorby"]
    assert [a.owners for a in wpd.actions] == [["Walter Crisp"]]


def test_it_reads_the_same_the_second_time(tmp_path):
    path = wordperfect(LINES, tmp_path / "committee.wpd")
    assert parse_file(path).to_json() == parse_file(path).to_json()
