from django.core.cache import cache

from minutebook.pagecache import pages


class Recorder:
    """The cache, noting for how long each page is kept."""

    def __init__(self):
        self.timeouts = []

    def get(self, key):
        return cache.get(key)

    def set(self, key, value, timeout):
        self.timeouts.append(timeout)
        cache.set(key, value, timeout)


def test_clock_bound_pages_keep_a_minute_and_others_ten_with_some_spread(member, circulated,
                                                                          monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(pages, "cache", recorder)
    member.get("/dashboard/")  # hands the browser its CSRF cookie; not kept
    for url in ["/dashboard/", circulated.get_absolute_url(), "/search/?q=transport"]:
        recorder.timeouts.clear()
        member.get(url)
        [timeout] = recorder.timeouts
        limit = 60 if url == "/dashboard/" else 600
        assert limit * (1 - pages.JITTER) <= timeout <= limit, url
