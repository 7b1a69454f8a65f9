"""A meeting's rows go in a table at a time: a long document costs no more queries than a
short one, and the long one is still recorded in full."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from minutebook.bodies.models import Body
from minutebook.documents.importer import import_bytes
from minutebook.meetings.models import Action, AgendaItem, Attendance, MinuteEntry

TOPICS = ["Ferry timetable", "Harbour wall", "Slipway lighting", "Mooring fees", "Fish market",
          "Lifeboat open day", "Car park", "Bunting", "Beach huts", "Tide gauge", "Signage",
          "Benches"]


def minutes(day: int, topics: int) -> bytes:
    lines = [f"Porthallow Harbour Board, minutes of {day} May 2024",
             "Present: Nia Tregear, Colm Pascoe, Ruth Angove, Idris Penhale",
             "Apologies: Bryn Hosking", ""]
    for n, topic in enumerate(TOPICS[:topics], start=1):
        lines += [f"{n}. {topic}", f"NT reported on the {topic.lower()}.",
                  f"CP and RA asked about the cost of the {topic.lower()}.",
                  f"ACTION: IP to price the {topic.lower()} work.", ""]
    return "\n".join(lines).encode()


@pytest.fixture
def board(db):
    return Body.objects.create(name="Porthallow Harbour Board", slug="porthallow")


def queries_to_import(board, day, topics) -> int:
    with CaptureQueriesContext(connection) as seen:
        outcome = import_bytes(minutes(day, topics), f"board-{day}.txt", board)
    assert outcome.status == "imported", outcome.error
    return len(seen)


def test_twelve_items_cost_no_more_queries_than_two(board):
    queries_to_import(board, 1, 2)  # the first import creates the people
    short = queries_to_import(board, 2, 2)
    long = queries_to_import(board, 3, 12)
    assert long == short
    meeting = AgendaItem.objects.filter(title="Benches").get().meeting
    assert meeting.agenda_items.count() == 12
    assert MinuteEntry.objects.filter(item__meeting=meeting, kind="action").count() == 12
    assert Action.objects.filter(meeting=meeting).count() == 12
    assert Attendance.objects.filter(meeting=meeting).count() == 5


def test_the_long_document_links_every_speaker_and_owner(board):
    queries_to_import(board, 4, 12)
    action = Action.objects.get(text__icontains="tide gauge")
    assert [p.full_name for p in action.owners.all()] == ["Idris Penhale"]
    assert action.entry is not None and action.entry.item.title == "Tide gauge"
    entry = MinuteEntry.objects.get(text__startswith="CP and RA asked about the cost of the bench")
    assert {p.full_name for p in entry.speakers.all()} == {"Colm Pascoe", "Ruth Angove"}
