from minutebook.meetings.models import Meeting


def test_meetings_come_in_pages_with_a_total_count(client, demo):
    url = f"/api/bodies/{demo.slug}/meetings"
    total = Meeting.objects.filter(body=demo).count()

    first = client.get(f"{url}?limit=3").json()
    second = client.get(f"{url}?limit=3&offset=3").json()

    assert first["count"] == second["count"] == total
    assert len(first["items"]) == 3
    assert {m["id"] for m in first["items"]}.isdisjoint(m["id"] for m in second["items"])


def test_a_page_is_never_larger_than_the_maximum(client, demo):
    page = client.get("/api/actions?limit=100000").json()

    assert len(page["items"]) == page["count"] <= 200
