"""Every form the clerk and members use, posted with generated values: nothing answers 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutebook.meetings.models import Action, Attendance, MinuteEntry

VALUES = st.one_of(
    st.text(max_size=300), st.sampled_from(["", "0", "-1", "99999999999999999999", "2026-02-30",
                                            "2026-12-16T09:30", "on", "approved", "action",
                                            "present", "<script>x</script>", "\x00", "' OR 1=1"]),
)


def forms(demo):
    # Worked out once: the posts below may approve or move these very meetings.
    if not hasattr(demo, "fuzz_forms"):
        demo.fuzz_forms = form_targets(demo)
    return demo.fuzz_forms


def form_targets(demo):
    meeting = demo.meetings.filter(minutes_status="circulated").get()
    upcoming = demo.meetings.upcoming().order_by("start").first()
    item = meeting.agenda_items.first()
    entry = MinuteEntry.objects.filter(item__meeting=meeting).first()
    action = Action.objects.filter(meeting=meeting).first()
    person = Attendance.objects.filter(meeting=meeting).first().person_id
    return [
        (f"/bodies/{demo.slug}/meetings/new/", ["kind", "start", "venue", "title"]),
        (f"/meetings/{meeting.pk}/items/", ["number", "title", "kind", "parent", "confidential"]),
        (f"/items/{item.pk}/", ["number", "title", "kind", "parent", "confidential"]),
        (f"/items/{item.pk}/entries/", ["kind", "text", "speakers", "owners", "due_date",
                                         "due_next_meeting", "confidential"]),
        (f"/entries/{entry.pk}/", ["kind", "text", "speakers", "owners", "due_date", "version"]),
        (f"/entries/{entry.pk}/amend/", ["text", "reason"]),
        (f"/meetings/{meeting.pk}/attendance/{person}/", ["status"]),
        (f"/meetings/{meeting.pk}/guests/", ["name", "status"]),
        (f"/meetings/{meeting.pk}/minutes/status/", ["status"]),
        (f"/meetings/{upcoming.pk}/move/", ["start", "venue", "cancel"]),
        (f"/meetings/{upcoming.pk}/approve-previous/", [f"entry-{entry.pk}", "att-1"]),
        (f"/items/{item.pk}/move/", ["direction"]),
        (f"/actions/{action.pk}/update/", ["status", "note", "version"]),
        (f"/bodies/{demo.slug}/schedule/", ["first"]),
        (f"/bodies/{demo.slug}/agenda-requests/", ["title"]),
        ("/accounts/password-reset/", ["email"]),
    ]


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_forms_never_answer_500(clerk, demo, data):
    for url, fields in forms(demo):
        values = {f: data.draw(VALUES, label=f"{url} {f}") for f in fields}
        response = clerk.post(url, values)
        assert response.status_code < 500, (url, values)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(query=st.dictionaries(st.sampled_from(["q", "body", "from", "to", "person", "kind",
                                              "status", "owner", "due", "version"]), VALUES))
def test_filters_and_search_never_answer_500(client, demo, query):
    for url in ("/search/", "/actions/", "/actions/export.csv", "/decisions/", "/"):
        assert client.get(url, query).status_code < 500, (url, query)
