"""Word minutes laid out as clerks lay them out, built with python-docx in our own words:
a heading table, an attendance table, an ACTION column and an action table at the end."""

import docx
import pytest

from minutebook.minutes import parse_file


def table(document, rows):
    t = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        for cell, value in zip(t.add_row().cells, values, strict=True):
            cell.text = value


@pytest.fixture
def minutes(tmp_path):
    document = docx.Document()
    document.add_paragraph("THORNBURY ALLOTMENT ASSOCIATION")
    table(document, [["Date:", "Monday 3rd February 2020"], ["Venue:", "The Pavilion, Mill Road"]])
    document.add_paragraph("Attendance")
    table(document, [["Name", "Present", "Apologies"], ["Gwen Tallis", "✓", ""],
                     ["Hal Upton", "✓", ""], ["Ines Varga", "", "✓"]])
    table(document, [["Item", "Minute", "Action"],
                     ["1", "Water supply\nThe east trough leaks again.", "HU to ask the council"],
                     ["2", "Rents\nRents stay the same for the coming year.", ""]])
    document.add_paragraph("Actions")
    table(document, [["Action", "Owner", "Due"],
                     ["Send the rent letters", "GT", "1 March 2020"],
                     ["Order new padlocks", "HU", ""]])
    path = tmp_path / "thornbury.docx"
    document.save(path)
    return path


def test_the_heading_table_gives_date_and_venue(minutes):
    parsed = parse_file(minutes)
    assert parsed.date == "2020-02-03"
    assert parsed.venue == "The Pavilion, Mill Road"


def test_the_attendance_table_sorts_people(minutes):
    parsed = parse_file(minutes)
    assert [p.name for p in parsed.present] == ["Gwen Tallis", "Hal Upton"]
    assert [p.name for p in parsed.apologies] == ["Ines Varga"]


def test_the_action_column_and_the_action_table_give_every_action(minutes):
    parsed = parse_file(minutes)
    assert sorted((a.owners, a.due) for a in parsed.actions) == [
        (["GT"], "2020-03-01"), (["HU"], None), (["HU"], None)]
    texts = " | ".join(a.text for a in parsed.actions)
    assert "ask the council" in texts and "Send the rent letters" in texts
    assert "Order new padlocks" in texts
    assert parsed.initials == {"HU": "Hal Upton", "GT": "Gwen Tallis"}


def test_reading_it_twice_gives_the_same(minutes):
    assert parse_file(minutes).to_json() == parse_file(minutes).to_json()
