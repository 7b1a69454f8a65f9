from minutebook.minutes import parse_text

ACTIONS = """# Fenwick Rowing Club committee, 9 May 2024

## Actions

| No. | Action                         | Owner   | Due         |
| --- | ------------------------------ | ------- | ----------- |
| 1   | Book the boathouse for the AGM | KT      | 1 June 2024 |
| 2   | Order two new oars             | RB / KT |             |
| 3   | Write to the \\| river trust    | All     |             |
"""


def test_an_action_table_gives_one_action_a_row_with_owners_and_due():
    parsed = parse_text(ACTIONS)
    assert [(a.text, a.owners, a.due) for a in parsed.actions] == [
        ("Book the boathouse for the AGM", ["KT"], "2024-06-01"),
        ("Order two new oars", ["RB", "KT"], None),
        ("Write to the | river trust", ["All"], None),
    ]


def test_an_attendance_grid_with_marks_sorts_people_by_column():
    parsed = parse_text("# Fenwick Rowing Club, 9 May 2024\n\n## Attendance\n\n"
                        "| Init | Name | Crew | Present | Apologies |\n|---|---|---|---|---|\n"
                        "| KT | Kim Tarrant | Eights | \\+ | |\n| RB | Ravi Bhatt | Fours | x | |\n"
                        "| LO | Lou Okafor | Fours | | \\+ |\n")
    assert [(p.name, p.initials) for p in parsed.present] == [("Kim Tarrant", "KT"),
                                                            ("Ravi Bhatt", "RB")]
    assert [p.name for p in parsed.apologies] == ["Lou Okafor"]


def test_a_single_attendance_column_of_letters():
    parsed = parse_text("Governors, 2 March 2023\n\n"
                        "| Member | Attendance |\n|---|---|\n| Jo Pike | P |\n| Al Rowe | A |\n"
                        "| Cy Vane | Absent |\n")
    assert [p.name for p in parsed.present] == ["Jo Pike"]
    assert [p.name for p in parsed.apologies] == ["Al Rowe"]
    assert [p.name for p in parsed.absent] == ["Cy Vane"]


def test_a_table_of_earlier_actions_under_a_review_heading_is_not_new_actions():
    parsed = parse_text("# Fenwick Rowing Club, 9 May 2024\n\n## Actions from the last meeting\n\n"
                        "| Action | Owner | Status |\n|---|---|---|\n| Paint the jetty | KT | Done |\n\n"
                        "## New actions\n\n| Action | Owner |\n|---|---|\n| Mend the trailer | RB |\n")
    assert [a.text for a in parsed.actions] == ["Mend the trailer"]


def test_an_html_table_pasted_into_markdown_under_an_attendance_heading():
    parsed = parse_text("# Ledger group, 3 March 2021\n\n**Members**\n\n<table>\n<tr><td>Ana Ruiz</td>"
                        "<td>Northbank</td><td>Yes</td></tr>\n\n<tr><td>Ben Ode</td><td>Eastco</td>"
                        "<td></td></tr>\n<tr><td>Cai Lund</td><td>Westway</td><td>Yes</td></tr>\n"
                        "</table>\n\n## Topics\n\nWe met.\n")
    assert [p.name for p in parsed.present] == ["Ana Ruiz", "Cai Lund"]


def test_a_schedule_table_gives_the_coming_meeting_dates():
    parsed = parse_text("# Fenwick Rowing Club, 9 May 2024\n\n## Schedule\n\n"
                        "| Committee meeting date | Reports from the crews |\n|---|---|\n"
                        "| May 9 | Eights |\n| June 6 | Fours and the junior squad |\n"
                        "| Jan 9 | Everyone |\n")
    assert [m.date for m in parsed.next_meetings] == ["2024-06-06", "2025-01-09"]
