from minutebook.meetings.models import Meeting, MinutesStatus


def test_no_anonymous_response_anywhere_contains_confidential_text(crawl, canary):
    seen = crawl()

    assert len(seen) > 30
    assert not any(canary in text for text in seen)
    assert not any("@harrowvale" in text for text in seen)


def test_anonymous_callers_do_not_see_the_private_body(client, demo):
    slugs = [b["slug"] for b in client.get("/api/bodies").json()["items"]]

    assert "harrowvale-secondary-forum" in slugs
    assert "harrowvale-secondary-executive" not in slugs
    assert client.get("/api/bodies/harrowvale-secondary-executive").status_code == 404
    assert client.get("/api/bodies/harrowvale-secondary-executive/meetings").status_code == 404


def test_anonymous_callers_read_approved_minutes_with_withheld_counts(client, demo):
    meeting = demo.meetings.filter(minutes_status=MinutesStatus.APPROVED).first()

    data = client.get(f"/api/meetings/{meeting.pk}").json()

    assert data["minutes_available"] is True
    assert data["agenda"] and data["attendance"]
    assert data["withheld_items"] == 1 and data["withheld_entries"] >= 2
    assert not any(item["confidential"] for item in data["agenda"])


def test_circulated_minutes_are_not_published(client, demo):
    meeting = demo.meetings.get(minutes_status=MinutesStatus.CIRCULATED)

    data = client.get(f"/api/meetings/{meeting.pk}").json()

    assert data["minutes_available"] is False
    assert data["agenda"] == [] and data["attendance"] == []
    assert all(a["meeting_id"] != meeting.pk for a in client.get("/api/actions").json()["items"])


def test_the_private_bodys_meetings_are_404_not_403(client, demo):
    private = Meeting.objects.filter(body__is_public=False).first()

    response = client.get(f"/api/meetings/{private.pk}")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}
