"""Each page's <title> is words a browser tab can show: no markup leaks into it."""

import re

import pytest


@pytest.fixture
def clerk(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    return client


def title_of(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_the_main_pages_have_plain_titles(clerk, demo):
    meeting = demo.meetings.order_by("start").first()
    for url in ["/dashboard/", demo.get_absolute_url(), "/actions/", meeting.get_absolute_url(),
                f"/bodies/{demo.slug}/import/", "/search/?q=school"]:
        response = clerk.get(url)
        assert response.status_code == 200, url
        title = title_of(response.content.decode())
        assert "<" not in title and "&lt;" not in title and len(title) < 150, (url, title)
        assert title.strip()


def test_a_body_page_is_titled_with_the_bodys_name(clerk, demo):
    assert title_of(clerk.get(demo.get_absolute_url()).content.decode()).startswith(demo.name)
