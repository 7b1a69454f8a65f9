import pytest

from minutebook.minutes import parse_text


@pytest.mark.parametrize("line, venue", [
    ("Minutes of the Oakridge Society meeting held at the Scout Hut on 4 May 2021",
     "the Scout Hut"),
    ("Minutes of the Oakridge Society meeting held in the Old School on 4 May 2021",
     "the Old School"),
    ("Oakridge Society, 4 May 2021, held via Zoom", "Zoom"),
    ("Oakridge Society\n4 May 2021 (7pm - 8pm) via Microsoft Teams", "Microsoft Teams"),
    ("Oakridge Society\n4 May 2021 19:00\nVideo/Phone meeting (Jitsi)",
     "Video/Phone meeting (Jitsi)"),
    ("Oakridge Society\n4 May 2021\nVenue: Mill Lane Chapel", "Mill Lane Chapel"),
    ("Oakridge Society\n4 May 2021\nLocation: Room 2, Town Library", "Room 2, Town Library"),
])
def test_the_venue_is_found(line, venue):
    parsed = parse_text(line + "\n\nPresent: Ivy Okoro, Saul Penn\n")
    assert parsed.venue == venue
    assert parsed.date == "2021-05-04"


def test_a_place_date_line_gives_both():
    parsed = parse_text("Oakridge Society\n\n### Place/Date/Duration\n\nLeeds, June 3, 18:00 - 19:30 "
                        "BST\n\nPresent: Ivy Okoro\n", )
    assert parsed.venue == "Leeds"


def test_a_place_date_line_takes_its_year_from_the_file_name(tmp_path):
    from minutebook.minutes import parse_file

    path = tmp_path / "oakridge-2020-06-03.md"
    path.write_text("# Oakridge Society\n\nPlace/Date/Duration: Online, June 3, 18:00 - 19:30\n\n"
                    "Present: Ivy Okoro\n")
    parsed = parse_file(path)
    assert (parsed.venue, parsed.date) == ("Online", "2020-06-03")
