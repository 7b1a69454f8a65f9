import re

from conftest import SECRET, open_entry
from django.http import HttpResponse
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


def test_a_page_holding_a_csrf_token_is_kept_only_for_the_browser_holding_its_cookie():
    from django.conf import settings

    def request(**cookies):
        made = RequestFactory().get("/meetings/1/")
        made.COOKIES.update(cookies)
        made.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # the page used a CSRF token
        return made

    page = HttpResponse("<form>…</form>")
    assert not pages.storable(request(), page)  # no session: one copy for everyone
    assert not pages.storable(request(**{settings.SESSION_COOKIE_NAME: "s1"}), page)
    assert pages.storable(request(**{settings.SESSION_COOKIE_NAME: "s1",
                                     settings.CSRF_COOKIE_NAME: "c1"}), page)


def test_htmx_fragments_posts_and_pages_with_messages_are_built_afresh():
    def request(method="get", path="/meetings/1/", **extra):
        return getattr(RequestFactory(), method)(path, **extra)

    may_keep = pages.PageCacheMiddleware.may_keep
    assert may_keep(request())
    assert not may_keep(request(HTTP_HX_REQUEST="true"))
    assert not may_keep(request("post"))
    assert not may_keep(request(path="/decisions/"))  # a page that is never kept
    waiting = request()
    waiting.COOKIES["messages"] = "…"
    assert not may_keep(waiting)


def test_a_page_that_showed_flash_messages_is_not_kept(member, circulated):
    from django.contrib.messages import INFO
    from django.contrib.messages.storage.session import SessionStorage

    shown = RequestFactory().get(circulated.get_absolute_url())
    shown.session = {}
    shown._messages = SessionStorage(shown)
    shown._messages.add(INFO, "Minutes circulated.")
    list(shown._messages)  # the page listed them
    assert not pages.storable(shown, HttpResponse("…"))


def test_after_logging_out_the_old_cookies_get_no_kept_page(member, circulated):
    url, text = circulated.get_absolute_url(), open_entry(circulated).text[:40]
    for _ in range(3):
        assert text in member.get(url).content.decode()
    stale = {name: morsel.value for name, morsel in member.cookies.items()}
    member.post("/accounts/logout/")
    thief = Client()
    for name, value in stale.items():
        thief.cookies[name] = value
    assert text not in thief.get(url).content.decode()
