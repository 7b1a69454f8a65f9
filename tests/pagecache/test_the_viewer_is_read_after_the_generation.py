"""A page is never kept under a generation newer than the viewer it was built for."""

from conftest import open_entry
from django.contrib.auth.models import User
from django.test import Client

from minutebook.pagecache import pages


def test_an_admin_demoted_while_a_page_is_built_is_not_served_it_again(monkeypatch, circulated):
    admin = Client()
    assert admin.login(username="admin", password="minutebook-demo")
    url, text = circulated.get_absolute_url(), open_entry(circulated).text[:40]
    admin.get("/dashboard/")  # hands the browser its CSRF cookie
    real = pages.snapshot

    def demoted_meanwhile(fresh=False):
        # Another process commits the demotion just as this request reads the generation.
        monkeypatch.setattr(pages, "snapshot", real)
        User.objects.filter(username="admin").update(is_superuser=False, is_staff=False)
        return real(fresh)

    monkeypatch.setattr(pages, "snapshot", demoted_meanwhile)
    admin.get(url)
    # Had the user been loaded before the generation was read, the admin's page would now be
    # kept under the new generation and served to the demoted session.
    assert text not in admin.get(url).content.decode()
