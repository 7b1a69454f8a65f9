import re

import pytest
from conftest import SECRET
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory

from minutebook.pagecache import pages


def test_a_member_s_page_never_reaches_an_anonymous_visitor(client, approved):
    member = Client()
    member.login(username="member", password="minutebook-demo")
    assert SECRET in member.get(approved.get_absolute_url()).content.decode()
    assert SECRET not in client.get(approved.get_absolute_url()).content.decode()
    assert SECRET in member.get(approved.get_absolute_url()).content.decode()


def test_the_same_user_in_two_browsers_gets_two_pages_whose_forms_work(approved, demo):
    browsers = [Client(enforce_csrf_checks=True) for _ in range(2)]
    tokens = []
    for browser in browsers:
        browser.login(username="clerk", password="minutebook-demo")
        html = browser.get("/dashboard/").content.decode()
        tokens.append(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1))
    assert tokens[0] != tokens[1]
    for browser, token in zip(browsers, tokens, strict=True):
        # Logging out is a form on every signed-in page; the kept page's token must be good.
        assert browser.post("/accounts/logout/", {"csrfmiddlewaretoken": token}).status_code \
            == 302


@pytest.mark.django_db
def test_an_anonymous_page_holding_a_csrf_token_is_not_kept():
    calls = []

    @pages.cached_page
    def view(request):
        calls.append(1)
        return HttpResponse(get_token(request))

    factory = RequestFactory()
    for _ in range(2):
        request = factory.get("/form/")
        request.user = type("Anonymous", (), {"is_authenticated": False})()
        request._messages = []
        view(request)
    assert len(calls) == 2


def test_htmx_fragments_and_pages_with_messages_to_show_are_built_afresh():
    from django.contrib.messages import INFO
    from django.contrib.messages.storage.fallback import FallbackStorage

    def request(**headers):
        made = RequestFactory().get("/meetings/1/", **headers)
        made.session = {}
        made._messages = FallbackStorage(made)
        made.htmx = bool(headers)
        return made

    assert pages.cacheable(request())
    assert not pages.cacheable(request(HTTP_HX_REQUEST="true"))
    waiting = request()
    waiting._messages.add(INFO, "Minutes circulated.")
    assert not pages.cacheable(waiting)
    assert [m.message for m in waiting._messages] == ["Minutes circulated."]  # still shown
