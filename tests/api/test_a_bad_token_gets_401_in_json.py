import pytest

from minutebook.api.models import ApiToken


@pytest.mark.parametrize("header", ["Bearer not-a-token", "Bearer ", "Token abc", "Basic eDp5"])
def test_a_wrong_or_malformed_token_is_401_with_a_json_error(client, demo, header):
    for url in ("/api/bodies", "/api/actions", "/api/meetings/1"):
        response = client.get(url, headers={"Authorization": header})

        assert response.status_code == 401
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert response.json()["detail"]


def test_the_token_of_a_disabled_login_stops_working(client, demo, token_for):
    token = token_for("member")
    ApiToken.objects.get().user.__class__.objects.filter(username="member").update(
        is_active=False)

    response = client.get("/api/bodies", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_nonsense_ids_and_filters_are_client_errors_not_server_errors(client, demo):
    assert client.get("/api/meetings/abc").status_code == 404
    assert client.get("/api/meetings/999999").status_code == 404
    assert client.get("/api/actions?owner=abc").status_code == 422
    assert client.get("/api/actions?limit=0").status_code == 422
    assert client.get("/api/actions?status=nonsense").json()["count"] == 0
