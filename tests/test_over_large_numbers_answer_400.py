"""A number past what the database holds is the caller's mistake: 400, never 500."""

import pytest

HUGE = "9223372036854775808"


@pytest.mark.parametrize("url", [
    f"/api/actions/{HUGE}", f"/api/meetings/{HUGE}", f"/actions/{HUGE}/", f"/meetings/{HUGE}/",
    f"/people/{HUGE}/",
])
def test_an_over_large_integer_in_an_address_is_refused_or_not_found(demo, client, url):
    response = client.get(url)
    assert response.status_code in (400, 404), (url, response.status_code)


def test_an_over_large_integer_in_a_filter_form_is_ignored_like_any_bad_choice(demo, client):
    response = client.get(f"/actions/?owner={HUGE}")
    assert response.status_code == 200 and "Select a valid choice" not in response.content.decode()


@pytest.mark.parametrize("owner", [HUGE, HUGE + "0000"])
def test_the_api_says_why_in_json(demo, client, owner):
    from django.db import connection

    response = client.get(f"/api/actions?owner={owner}")
    if connection.vendor == "sqlite":  # PostgreSQL compares it as numeric, finding nothing
        assert response.status_code == 400
        assert "too large" in response.json()["detail"]
    else:
        assert response.status_code == 200 and response.json()["count"] == 0
    assert client.get("/api/actions?owner=1").status_code == 200
