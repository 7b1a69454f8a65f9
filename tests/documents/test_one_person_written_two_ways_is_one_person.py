"""The people of a document are looked up together; a new name written two ways in one
document, or again in a later one, is still one person."""

import pytest

from minutebook.bodies.models import Body, Person
from minutebook.documents.importer import import_bytes
from minutebook.meetings.models import Action, Attendance


def minutes(day: int, present: str, owner: str) -> bytes:
    return (f"Allerby Village Hall Trust\nDate: {day} March 2021\nPresent: {present}\n\n"
            f"1. Roof\nThe roofer's quote was read out.\nACTION: {owner} to get a second quote."
            "\n").encode()


@pytest.fixture
def trust(db):
    return Body.objects.create(name="Allerby Village Hall Trust", slug="allerby")


def test_a_titled_name_and_the_plain_name_in_one_document_are_one_person(trust):
    text = minutes(3, "Cllr Gwen Haworth, Peter Lund, Gwen Haworth", "Peter Lund")
    assert import_bytes(text, "a.txt", trust).status == "imported"
    assert Person.objects.filter(family_name="Haworth").count() == 1
    assert Attendance.objects.filter(person__family_name="Haworth").count() == 1


def test_a_later_document_finds_the_people_an_earlier_one_made(trust):
    assert import_bytes(minutes(3, "Gwen Haworth, Peter Lund", "PL"), "a.txt", trust).status \
        == "imported"
    people = Person.objects.count()
    assert import_bytes(minutes(10, "Gwen  Haworth, Peter Lund", "Peter Lund"), "b.txt",
                        trust).status == "imported"
    assert Person.objects.count() == people
    later = Action.objects.get(meeting__start__day=10)
    assert [p.full_name for p in later.owners.all()] == ["Peter Lund"]


def test_two_people_sharing_a_family_name_stay_two(trust):
    text = minutes(3, "Gwen Haworth, Alan Haworth", "Alan Haworth")
    assert import_bytes(text, "a.txt", trust).status == "imported"
    assert set(Person.objects.values_list("given_name", flat=True)) == {"Gwen", "Alan"}
    assert [p.given_name for p in Action.objects.get().owners.all()] == ["Alan"]
