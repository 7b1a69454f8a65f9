"""An agenda's items come from its numbered lines, as clerks number them: "1.", "2)", "Item 3 –",
lettered and dotted sub-items, or a table's number column; dates, times and the summons'
own numbers are not items."""

from minutebook.minutes import parse_blocks
from minutebook.minutes.agenda import agenda_items
from minutebook.minutes.model import Block


def lines(text: str) -> list[Block]:
    return [Block("paragraph", line) for line in text.strip().splitlines() if line.strip()]


def flat(items) -> list[tuple[str, str]]:
    return [(i.number, i.title) for item in items for i in [item, *item.children]]


def test_numbered_lines_with_lettered_sub_items_are_the_items():
    items = agenda_items(lines("""
Councillors are summoned to attend on Thursday 4 April 2024 at 7 pm.
1. To receive apologies
2. To approve the minutes of 7 March 2024
3. Highways
   a) To consider the speed survey
   b) To note the gritting rota
4. Any other business
Signed: the Clerk, 28 March 2024
"""))
    assert flat(items) == [
        ("1", "To receive apologies"), ("2", "To approve the minutes of 7 March 2024"),
        ("3", "Highways"), ("3a", "To consider the speed survey"),
        ("3b", "To note the gritting rota"), ("4", "Any other business")]


def test_item_words_dotted_sub_items_and_dots_to_a_page_are_read():
    items = agenda_items(lines("""
Item 1 – Welcome and apologies
Item 2 – Safeguarding update ........ 3
2.1 Training records
2.2 Single central record
Item 3: Budget monitoring
"""))
    assert flat(items) == [
        ("1", "Welcome and apologies"), ("2", "Safeguarding update"),
        ("2.1", "Training records"), ("2.2", "Single central record"),
        ("3", "Budget monitoring")]


def test_numbers_that_begin_dates_and_times_are_not_items():
    items = agenda_items(lines("""
12 March 2019
7.30pm start
1) Chair's welcome
2) Treasurer's report
3) Close
"""))
    assert [i.title for i in items] == ["Chair's welcome", "Treasurer's report", "Close"]


def test_the_longest_run_of_numbers_wins_over_stray_numbers():
    items = agenda_items(lines("""
3 members have sent their apologies already.
1. Apologies
2. Minutes
3. Playground inspection
4. Correspondence
45 people signed the petition
"""))
    assert [i.number for i in items] == ["1", "2", "3", "4"]


def test_an_agenda_laid_out_as_a_table_is_read_from_its_number_column():
    rows = [Block("row", "No. Item Lead", ("No.", "Item", "Lead"), table=0),
            Block("row", "1 Apologies Chair", ("1", "Apologies", "Chair"), table=0),
            Block("row", "2 Finance report Treasurer", ("2", "Finance report", "Treasurer"),
                  table=0),
            Block("row", "3. Date of next meeting", ("3.", "Date of next meeting", ""), table=0)]
    assert flat(agenda_items(rows)) == [("1", "Apologies"), ("2", "Finance report"),
                                        ("3", "Date of next meeting")]


def test_an_initial_is_not_a_sub_item():
    items = agenda_items(lines("""
1. Apologies
A. Smith has written to say she cannot attend.
2. Minutes
"""))
    assert flat(items) == [("1", "Apologies"), ("2", "Minutes")]


def test_one_numbered_line_is_not_an_agenda():
    assert agenda_items(lines("1. The hall is booked.\nNothing else to report.")) == []


def test_the_parse_gives_an_agendas_items_and_leaves_minutes_without():
    agenda = parse_blocks(lines("""
Harbour Users Group
Notice is given that a meeting will be held on Monday 9 June 2025 at the Sailing Club.
AGENDA
1. To receive apologies for absence
2. To confirm the notes of the last meeting
3. To consider the mooring fees for 2026
4. To receive the harbourmaster's report
""")).to_json()
    assert agenda["kind"] == "agenda" and agenda["date"] == "2025-06-09"
    assert [i["title"] for i in agenda["agenda"]][2] == "To consider the mooring fees for 2026"
    minutes = parse_blocks(lines("""
Minutes of the Harbour Users Group held on Monday 9 June 2025
Present: Ros Penhale, Jory Treloar
1. Mooring fees
It was agreed to hold the fees for 2026.
""")).to_json()
    assert minutes["kind"] == "minutes" and minutes["agenda"] == []
