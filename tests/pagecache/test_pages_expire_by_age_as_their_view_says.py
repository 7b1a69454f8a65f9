import time

from django.core.cache import cache

from minutebook.pagecache import pages


class Recorder:
    """The cache, noting for how long each page is fresh, and how long it is kept."""

    def __init__(self):
        self.timeouts = []

    def get(self, key):
        return cache.get(key)

    def set(self, key, value, timeout):
        fresh_for = value[-1] - time.time()
        self.timeouts.append(fresh_for)
        # Kept a little longer than fresh: to be served while it is built again.
        assert abs(timeout - (fresh_for + pages.STALE_SECONDS)) < 1
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
        assert limit * (1 - pages.JITTER) - 1 <= timeout <= limit, url
