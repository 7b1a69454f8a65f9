import re

from django.contrib.auth import get_user_model
from django.core import mail


def test_repeated_failures_lock_the_name_out_even_with_the_right_password(client, demo, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    for _ in range(3):
        response = client.post("/accounts/login/", {"username": "clerk", "password": "wrong"})
        assert "didn't match" in response.content.decode()
    response = client.post("/accounts/login/", {"username": "clerk",
                                                "password": "minutebook-demo"})
    assert "Too many failed attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_good_login_after_one_mistake_works(client, demo):
    client.post("/accounts/login/", {"username": "clerk", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "clerk",
                                                "password": "minutebook-demo"})
    assert response.status_code == 302 and response.url == "/dashboard/"


def test_logout_ends_the_session(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    client.post("/accounts/logout/")
    assert client.get("/dashboard/").status_code == 302


def test_a_password_is_reset_through_an_emailed_link(client, demo):
    client.post("/accounts/password-reset/", {"email": "clerk@harrowvale.example"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mail.outbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    client.post(form_page.redirect_chain[-1][0], {
        "new_password1": "a-much-longer-passphrase", "new_password2": "a-much-longer-passphrase",
    })
    assert get_user_model().objects.get(username="clerk").check_password(
        "a-much-longer-passphrase")


def test_an_unknown_address_sends_nothing_and_reveals_nothing(client, demo):
    response = client.post("/accounts/password-reset/", {"email": "nobody@example.org"},
                           follow=True)
    assert "Check your email" in response.content.decode()
    assert mail.outbox == []
