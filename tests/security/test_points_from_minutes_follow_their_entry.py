"""Points taken from minutes keep their entry: a reader who may not read the entry never
reads the point, on the consultation page or in the combined report (HTML, PDF, DOCX),
and the clerk's view marks it. Unmarked and approved, the same point reaches them."""

import pytest

from minutebook.consultations.models import Consultation, Point
from minutebook.meetings.models import Meeting, MinuteEntry

from .conftest import readable_text

SECRET = "CANARYPOINTSECRET"
DRAFTED = "CANARYPOINTDRAFT"


@pytest.fixture
def taken(planted, clients):
    forum = planted["forum"]
    meeting = Meeting.objects.create(body=forum, start=planted["approved"].start.replace(
        year=planted["approved"].start.year - 2), status="held")
    clerk = clients["clerk"]
    clerk.post(f"/meetings/{meeting.pk}/items/", {"title": "Consultation on funding",
                                                  "kind": "substantive"})
    item = meeting.agenda_items.get()
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "discussion", "confidential": "on",
                                              "text": f"{SECRET} heads named one school"})
    clerk.post(f"/items/{item.pk}/entries/", {"kind": "discussion",
                                              "text": f"{DRAFTED} the formula is unfair"})
    paper = Consultation.objects.get()
    clerk.post(f"/consultations/{paper.pk}/bodies/{forum.slug}/points/", {"item": item.pk})
    return paper, meeting


def report_text(client, paper) -> str:
    return "\n".join(readable_text(client.get(url)) for url in (
        paper.get_absolute_url(), f"/consultations/{paper.pk}/report.html",
        f"/consultations/{paper.pk}/report.pdf", f"/consultations/{paper.pk}/report.docx"))


def test_each_point_keeps_the_entry_it_was_taken_from(taken):
    paper, _ = taken
    points = Point.objects.filter(text__startswith="CANARYPOINT")
    assert {p.entry.text for p in points} == {p.text for p in points}
    assert all(p.source == "minutes" for p in points)


def test_another_bodys_member_reads_neither_a_confidential_nor_a_draft_point(taken, clients):
    paper, meeting = taken
    text = report_text(clients["other"], paper)
    assert SECRET not in text and DRAFTED not in text
    # The clerk reads both, each marked for what it is.
    clerk = readable_text(clients["clerk"].get(f"/consultations/{paper.pk}/report.html"))
    assert f"{SECRET} heads named one school (confidential)" in clerk
    assert f"{DRAFTED} the formula is unfair (from draft minutes)" in clerk


def test_once_approved_the_open_point_reaches_them_and_the_secret_one_never(taken, clients):
    paper, meeting = taken
    for status in ("circulated", "approved"):
        clients["clerk"].post(f"/meetings/{meeting.pk}/minutes/status/", {"status": status})
    text = report_text(clients["other"], paper)
    assert DRAFTED in text and SECRET not in text
    member = report_text(clients["member"], paper)  # the forum's own member may read both
    assert DRAFTED in member and SECRET in member


def test_a_point_outlives_its_deleted_confidential_entry_and_stays_withheld(taken, clients):
    paper, _ = taken
    MinuteEntry.objects.get(text__startswith=SECRET).delete()
    point = Point.objects.get(text__startswith=SECRET)
    assert point.entry is None and point.confidential
    assert SECRET not in report_text(clients["other"], paper)


def test_themes_holding_a_withheld_point_show_no_label_drawn_from_it(taken, clients):
    from minutebook.consultations.models import Theme

    paper, _ = taken
    point = Point.objects.get(text__startswith=SECRET)
    theme = Theme.objects.create(consultation=paper, key="T-secret",
                                 label=f"{SECRET} as a label", summary=f"{SECRET} summary")
    Point.objects.filter(pk=point.pk).update(theme=theme)
    assert SECRET not in report_text(clients["other"], paper)
    assert f"{SECRET} as a label" in readable_text(
        clients["clerk"].get(f"/consultations/{paper.pk}/report.html"))
