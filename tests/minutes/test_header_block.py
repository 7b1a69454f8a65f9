from minutebook.minutes import parse_file, parse_text


def test_it_reads_the_header_table_of_a_tab_flattened_document(fixtures):
    parsed = parse_file(fixtures / "wealdshire-primary-forum-2011-02-09.txt")
    assert parsed.body == "Wealdshire Primary Forum"
    assert parsed.title == "Minutes"
    assert parsed.date == "2011-02-09"
    assert parsed.venue == "Orchard Lane Teachers Centre"
    assert [p.name for p in parsed.present][:3] == ["Mr Pennington", "Gillian Archer",
                                                    "Tobias Wren"]


def test_it_reads_label_colon_value_headers():
    parsed = parse_text("Fenmoor Youth Panel\nMinutes\n\nDate: 3rd Oct 2019\n"
                        "Venue: Fenmoor Library\nPresent: Ada Quarry, Ben Sallow\n")
    assert (parsed.body, parsed.title, parsed.date) == ("Fenmoor Youth Panel", "Minutes",
                                                       "2019-10-03")
    assert parsed.venue == "Fenmoor Library"


def test_it_takes_body_date_and_venue_from_a_minutes_of_heading():
    parsed = parse_text("Minutes of the meeting of Harbourside Parish Council held at the "
                        "Old Sail Loft on Tuesday 14th March 2023\n\nPresent: Helen Marsh\n")
    assert parsed.body == "Harbourside Parish Council"
    assert parsed.date == "2023-03-14"
    assert parsed.venue == "the Old Sail Loft"


def test_it_warns_when_no_date_is_found():
    parsed = parse_text("Present: Ada Quarry\n\n1. Welcome\nThe chair opened the meeting.\n")
    assert parsed.date is None
    assert "No meeting date was found" in parsed.warnings
