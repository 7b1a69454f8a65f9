"""An imported agenda is the agenda of its meeting: the meeting of its date, with the agenda's
items and no minutes. Minutes of that meeting, arriving before or after, make one meeting
with both documents, the minutes' items in place of the agenda's."""

import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command

from minutebook.documents.following import follow_body
from minutebook.documents.importer import import_bytes
from minutebook.documents.models import Document
from minutebook.meetings.models import Action, Attendance, Meeting, MinutesStatus

AGENDA = """Fenwick Green Village Hall Committee
AGENDA
A meeting of the committee will be held on {day} at 7 pm in the small hall.
Members are summoned to attend.
1. To receive apologies for absence
2. To approve the minutes of the last meeting
3. Bookings and lettings
   a) To consider the new hire charges
   b) To note the wedding enquiry
4. To receive the treasurer's report
5. Any other business
The Secretary
"""

MINUTES = """Minutes of the Fenwick Green Village Hall Committee held on {day} in the small hall
Present: Bryony Astle (Chair), Caspar Lund, Delphine Moor
Apologies were received from Elwyn Rudd.
1. Bookings
It was agreed to raise the hire charge by 5%.
ACTION: Caspar Lund to update the booking form.
2. Any other business
None.
"""


def bring_in(text: str, name: str, body):
    return import_bytes(text.encode(), name, body)


def day_words(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


PAST = date(2023, 11, 14)


def test_an_agenda_makes_a_held_meeting_with_its_items_and_no_minutes(forum):
    outcome = bring_in(AGENDA.format(day=day_words(PAST)), "agenda.txt", forum)
    assert outcome.status == "imported" and outcome.kind == "agenda"
    meeting = Meeting.objects.get(body=forum, start__date=PAST)
    assert meeting.status == "held" and meeting.minutes_status == MinutesStatus.NONE
    tops = list(meeting.agenda_items.filter(parent=None).order_by("order"))
    assert [i.title for i in tops] == [
        "To receive apologies for absence", "To approve the minutes of the last meeting",
        "Bookings and lettings", "To receive the treasurer's report", "Any other business"]
    assert [c.number for c in tops[2].children.order_by("order")] == ["3a", "3b"]
    assert tops[0].kind == "standing" and tops[1].kind == "last_minutes"
    assert tops[4].kind == "aob"
    assert not Action.objects.filter(meeting=meeting).exists()
    assert not Attendance.objects.filter(meeting=meeting).exists()
    assert Document.objects.get().kind == "agenda"


def test_an_agenda_for_a_date_to_come_is_a_scheduled_meeting(forum):
    soon = date.today() + timedelta(days=20)
    bring_in(AGENDA.format(day=day_words(soon)), "next agenda.txt", forum)
    meeting = Meeting.objects.get(body=forum, start__date=soon)
    assert meeting.status == "scheduled" and meeting.agenda_items.count() == 7


def test_minutes_after_their_agenda_take_its_place_in_one_meeting(forum):
    bring_in(AGENDA.format(day=day_words(PAST)), "agenda.txt", forum)
    outcome = bring_in(MINUTES.format(day=day_words(PAST)), "minutes.txt", forum)
    assert outcome.status == "imported", outcome.error
    assert "taking the place of its agenda" in outcome.became
    meeting = Meeting.objects.get(body=forum)
    assert [i.title for i in meeting.agenda_items.order_by("order")] == [
        "Bookings", "Any other business"]
    assert meeting.minutes_status == MinutesStatus.APPROVED
    assert sorted(meeting.documents.values_list("kind", flat=True)) == ["agenda", "minutes"]
    assert Action.objects.get(meeting=meeting).text.startswith("Caspar Lund to update")


def test_an_agenda_after_its_minutes_joins_the_meeting_and_changes_nothing(forum):
    bring_in(MINUTES.format(day=day_words(PAST)), "minutes.txt", forum)
    before = list(Meeting.objects.get().agenda_items.values_list("title", flat=True))
    outcome = bring_in(AGENDA.format(day=day_words(PAST)), "agenda.txt", forum)
    assert outcome.status == "imported" and "has its items already" in outcome.became
    meeting = Meeting.objects.get()
    assert list(meeting.agenda_items.values_list("title", flat=True)) == before
    assert meeting.minutes_status == MinutesStatus.APPROVED
    assert meeting.documents.count() == 2


def test_second_minutes_for_the_same_meeting_are_still_refused(forum):
    bring_in(AGENDA.format(day=day_words(PAST)), "agenda.txt", forum)
    bring_in(MINUTES.format(day=day_words(PAST)), "minutes.txt", forum)
    again = bring_in(MINUTES.format(day=day_words(PAST)) + "\nA late addition.", "m2.txt",
                     forum)
    assert again.status == "failed" and "already has minutes" in again.error
    assert Meeting.objects.get().agenda_items.count() == 2


@pytest.mark.parametrize("order", [("a-agenda.txt", "b-minutes.txt"),
                                   ("b-agenda.txt", "a-minutes.txt")])
def test_a_folder_gives_one_meeting_whichever_comes_first_and_again_the_second_time(
        forum, tmp_path, order):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / order[0]).write_text(AGENDA.format(day=day_words(PAST)))
    (folder / order[1]).write_text(MINUTES.format(day=day_words(PAST)))
    for _ in range(2):
        out = io.StringIO()
        call_command("import", str(folder), "--body", forum.name, stdout=out,
                     stderr=io.StringIO())
        meeting = Meeting.objects.get(body=forum)
        assert [i.title for i in meeting.agenda_items.order_by("order")] == [
            "Bookings", "Any other business"]
        assert meeting.documents.count() == 2
    assert "2 already imported" in out.getvalue()


def test_an_agendas_meeting_is_not_read_for_reports_on_actions(forum):
    bring_in(MINUTES.format(day=day_words(PAST)), "minutes.txt", forum)
    later = PAST + timedelta(days=28)
    bring_in(AGENDA.format(day=day_words(later)), "agenda.txt", forum)
    follow_body(forum)
    # An agenda reports on nothing: the action raised before it stays open, not lapsed.
    assert Action.objects.get().status == "open"
