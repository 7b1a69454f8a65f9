from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from minutebook.bodies.models import Person
from minutebook.meetings.models import Action, Meeting, MinuteEntry, MinutesStatus


def queries_for_page(browser, meeting) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = browser.get(meeting.get_absolute_url())
    assert response.status_code == 200
    return len(captured)


def test_more_entries_speakers_and_owners_cost_the_page_no_more_queries(demo):
    meeting = Meeting.objects.get(body=demo, minutes_status=MinutesStatus.CIRCULATED)
    clerk = Client()
    assert clerk.login(username="clerk", password="minutebook-demo")
    before = queries_for_page(clerk, meeting)

    item = meeting.agenda_items.first()
    people = list(Person.objects.filter(memberships__body=demo)[:3])
    for n in range(6):
        entry = MinuteEntry.objects.create(item=item, order=100 + n, text=f"Point {n} raised.")
        entry.speakers.set(people)
        action = Action.objects.create(meeting=meeting, entry=entry, text=f"Follow up {n}.")
        action.owners.set(people)

    # Every write starts a new generation, so this page is built afresh, with 6 more entries.
    assert queries_for_page(clerk, meeting) == before
    page = clerk.get(meeting.get_absolute_url()).content.decode()
    assert "Point 5 raised." in page
    assert page.count('class="owner"') >= 6
    assert queries_for_page(clerk, meeting) <= 1  # kept: at most the generation is read
