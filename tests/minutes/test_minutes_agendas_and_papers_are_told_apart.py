"""Each document in a clerk's folder is classed as minutes, an agenda or another paper from
its own text, with the reasons in a clerk's words."""

import pytest

from minutebook.minutes import parse_text

AGENDAS = [
    "ASHLEY GREEN PARISH COUNCIL\nAgenda\nA meeting of the Council will be held on Tuesday 12 "
    "March 2019 at 7.30pm in the Pavilion.\nMembers are summoned to attend.\n\n1. To receive "
    "apologies\n2. To approve the minutes of 12 February\n3. To consider planning applications\n",
    "Notice of meeting\nThe Hall Committee will meet on 4 June 2021.\n1. To note the accounts\n"
    "2. To agree the hire charges\n3. To elect a new treasurer\n",
    "AGENDA for the meeting of the Trustees to be held on 2 May 2023\n1. Welcome\n2. Finance\n",
]
MINUTES = [
    "ASHLEY GREEN PARISH COUNCIL\nMinutes of the meeting held on 12 March 2019\nPresent: Cllr "
    "Ann Hoyle, Cllr Bob Prior\n\n1. To receive apologies\nNone.\n2. To approve the minutes\n"
    "RESOLVED that the minutes be signed.\n3. To consider planning\nIt was agreed to object.\n"
    "The next meeting will be held on 9 April 2019.\n",
    "# Notes\nDate: 3 May 2022\n## Present\n* Ida Thorne\n* Lee Marsh\n## Minutes\n* IT: the "
    "release is ready\n",
]
PAPERS = [
    "Clerk's report to the Parish Council, March 2019\nThe precept was received in April. The "
    "bank balance stands at 12,400 pounds.\n",
    "Budget 2024/25\nIncome: precept 20,000; grants 1,500.\nSpending: grass cutting 6,000.\n",
]


@pytest.mark.parametrize("text", AGENDAS)
def test_an_agenda_is_an_agenda(text):
    parsed = parse_text(text)
    assert parsed.kind == "agenda" and parsed.kind_why


@pytest.mark.parametrize("text", MINUTES)
def test_minutes_that_reuse_the_agenda_wording_are_minutes(text):
    assert parse_text(text).kind == "minutes"


@pytest.mark.parametrize("text", PAPERS)
def test_a_report_or_budget_is_another_paper(text):
    parsed = parse_text(text)
    assert parsed.kind == "paper"
    assert "no attendance list or record of decisions" in parsed.kind_why


def test_the_reasons_say_what_was_seen():
    why = parse_text(AGENDAS[0]).kind_why
    assert "'Agenda' in its title" in why and "members summoned to attend" in why
    assert any("items begin 'To" in reason for reason in why)
