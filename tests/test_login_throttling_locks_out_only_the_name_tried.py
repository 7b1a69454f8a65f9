"""Throttling is per user name. Behind the reverse proxy every request comes from the
proxy's address; only a proxy named in TRUSTED_PROXIES has its X-Forwarded-For believed."""

from minutebook.accounts.forms import client_ip


def fail(client, name, times, **meta):
    for _ in range(times):
        client.post("/accounts/login/", {"username": name, "password": "wrong"}, **meta)


def logs_in(client, name, **meta) -> bool:
    client.post("/accounts/login/", {"username": name, "password": "minutebook-demo"}, **meta)
    return "_auth_user_id" in client.session


def test_twenty_failures_for_one_name_never_block_another_user(demo, client, settings):
    proxy = {"REMOTE_ADDR": "10.0.0.2"}  # everyone arrives from the proxy
    fail(client, "clerk", 20, **proxy)
    assert not logs_in(client, "clerk", **proxy)
    assert logs_in(client, "member", **proxy)


def test_a_second_user_logs_in_after_the_first_is_locked_out_again(demo, client):
    fail(client, "clerk", 6)
    client.post("/accounts/logout/")
    assert logs_in(client, "member")
    client.post("/accounts/logout/")
    fail(client, "admin", 6)
    assert logs_in(client, "member")


def test_one_address_trying_many_names_is_stopped(demo, client, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    for n in range(8):
        fail(client, f"guess{n}", 1, REMOTE_ADDR="203.0.113.9")
    assert not logs_in(client, "member", REMOTE_ADDR="203.0.113.9")
    assert logs_in(client, "member", REMOTE_ADDR="203.0.113.10")


def test_the_forwarded_address_is_believed_only_from_a_named_proxy(rf, settings):
    forwarded = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.7, 10.0.0.2"}
    assert client_ip(rf.get("/", **forwarded)) == "10.0.0.2"
    settings.TRUSTED_PROXIES = ["10.0.0.2"]
    assert client_ip(rf.get("/", **forwarded)) == "198.51.100.7"
    spoofed = {"REMOTE_ADDR": "198.51.100.7", "HTTP_X_FORWARDED_FOR": "1.2.3.4"}
    assert client_ip(rf.get("/", **spoofed)) == "198.51.100.7"
    garbled = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "nonsense"}
    assert client_ip(rf.get("/", **garbled)) == "10.0.0.2"
