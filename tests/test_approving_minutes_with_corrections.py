import pytest

from minutebook.meetings import approval
from minutebook.meetings.models import (
    Amendment,
    Attendance,
    Meeting,
    MinuteEntry,
    MinutesLocked,
)


@pytest.fixture
def circulated(demo):
    return Meeting.objects.get(body=demo, minutes_status="circulated")


@pytest.fixture
def next_meeting(demo):
    return demo.meetings.upcoming().order_by("start").first()


def test_the_next_meeting_agrees_the_minutes_with_corrections_kept_beside_the_original(
    client, demo, circulated, next_meeting
):
    client.login(username="clerk", password="minutebook-demo")
    gill = Attendance.objects.get(meeting=circulated, person__family_name="Yates")
    entry = MinuteEntry.objects.filter(item__meeting=circulated, kind="discussion").first()
    original = entry.text
    page = client.get(f"/meetings/{next_meeting.pk}/approve-previous/")
    assert page.status_code == 200 and original in page.content.decode()
    client.post(f"/meetings/{next_meeting.pk}/approve-previous/", {
        f"att-{gill.pk}": "present", f"att-{gill.pk}-note": "Apologies were noted in error",
        f"entry-{entry.pk}": original + " (two boards, not four)",
        f"entry-{entry.pk}-reason": "Number of boards corrected",
    })
    circulated.refresh_from_db()
    assert circulated.minutes_status == "approved"
    assert circulated.approval.approved_at == next_meeting
    assert MinuteEntry.objects.get(pk=entry.pk).text == original
    amendments = Amendment.objects.filter(meeting=circulated)
    assert {a.reason for a in amendments} == {"Apologies were noted in error",
                                              "Number of boards corrected"}
    gill.refresh_from_db()
    assert (gill.status, gill.corrected_status) == ("apologies", "present")
    html = client.get(circulated.get_absolute_url()).content.decode()
    assert "(two boards, not four)" in html and "Amended at the meeting of" in html
    agreed = MinuteEntry.objects.get(item__meeting=next_meeting, kind="decision")
    assert "Apologies were noted in error" in agreed.text


def test_approved_minutes_change_only_by_amendment(client, demo, circulated, next_meeting):
    approval.approve(circulated, next_meeting)
    entry = MinuteEntry.objects.filter(item__meeting=circulated).first()
    entry.text = "Changed behind the record's back"
    with pytest.raises(MinutesLocked):
        entry.save()
    row = Attendance.objects.filter(meeting=circulated).first()
    row.status = "absent"
    with pytest.raises(MinutesLocked):
        row.save()
    client.login(username="clerk", password="minutebook-demo")
    client.post(f"/entries/{entry.pk}/amend/", {"text": "Better words", "reason": "Typo"})
    amendment = Amendment.objects.get(entry=entry)
    assert amendment.amended_text == "Better words" and amendment.author.username == "clerk"


def test_minutes_cannot_be_agreed_twice(demo, circulated, next_meeting):
    approval.approve(circulated, next_meeting)
    with pytest.raises(approval.ApprovalRefused):
        approval.approve(circulated, next_meeting)
