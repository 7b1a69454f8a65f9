from minutebook.minutes import parse_text

SITE_PAGE = """---
layout: meeting
title: Minutes of the trustees' meeting
date: 2022-06-14 19:30
location: online via Jitsi
trustees:
  - Ngozi Adeyemi
  - Piotr Wrona (Treasurer)
apologies:
  - Saoirse Kehoe
chair: Ngozi
agenda:
  - Accounts
  - Website
next-meeting: 2022-07-12 19:30
---

## Accounts

Piotr presented the accounts.
"""


def test_the_front_matter_gives_the_date_venue_and_attendance():
    parsed = parse_text(SITE_PAGE)
    assert parsed.date == "2022-06-14"
    assert parsed.venue == "online via Jitsi"
    assert [p.name for p in parsed.present] == ["Ngozi Adeyemi", "Piotr Wrona"]
    assert parsed.present[0].role == "Chair"
    assert [p.name for p in parsed.apologies] == ["Saoirse Kehoe"]
    assert [m.date for m in parsed.next_meetings] == ["2022-07-12"]


def test_agenda_keys_are_not_people():
    names = [p.name for p in parse_text(SITE_PAGE).present]
    assert "Accounts" not in names and "Website" not in names


def test_the_date_the_minutes_give_wins_over_the_page_date():
    page = ('---\ntitle: "Parish council minutes"\ndate: "2019-11-02"\n---\n\n'
            "MINUTES OF THE PARISH COUNCIL MEETING HELD IN THE CHAPEL ON TUESDAY 8 OCTOBER 2019\n"
            "\nPresent: Cllr Ann Doyle\n")
    assert parse_text(page).date == "2019-10-08"


def test_minutes_kept_inside_the_front_matter_are_read():
    page = ("---\ntitle: Imaging group\nstart: 2021-03-02T10:00:00.000Z\nminutes: >-\n"
            "  ### Attendance\n\n\n  *Kit Marlow, Lena Ruiz*\n\n\n  ### Actions\n\n\n"
            "  1. Members to send their protocols to the lead\n---\n")
    parsed = parse_text(page)
    assert parsed.date == "2021-03-02"
    assert [p.name for p in parsed.present] == ["Kit Marlow", "Lena Ruiz"]
    assert [a.text for a in parsed.actions] == ["Members to send their protocols to the lead"]


def test_a_rule_at_the_top_that_is_not_front_matter_is_ignored():
    parsed = parse_text("---\n\nMinutes of the choir, 3 May 2020\n\nPresent: Ada Ince\n")
    assert parsed.date == "2020-05-03" and [p.name for p in parsed.present] == ["Ada Ince"]
