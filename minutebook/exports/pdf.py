"""PDF from the export HTML through WeasyPrint, which may read our static files and nothing else."""

import mimetypes
import urllib.request

from django.conf import settings
from django.contrib.staticfiles import finders
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

# Relative URLs in the HTML resolve against this made-up origin; nothing is ever fetched from it.
BASE_URL = "https://minutebook.invalid/"


class StaticOnlyFetcher(URLFetcher):
    """Serves files under STATIC_URL from the app's static folders; refuses every other URL,
    so a document never makes a network request (and never reads arbitrary local files)."""

    def fetch(self, url, headers=None):
        if url.startswith("data:"):  # embedded images (the report's chart) need no fetching
            with urllib.request.urlopen(url) as embedded:
                return URLFetcherResponse(url, embedded.read(),
                                          {"Content-Type": embedded.headers.get_content_type()})
        prefix = BASE_URL.rstrip("/") + settings.STATIC_URL
        path = url.removeprefix(prefix).split("?")[0] if url.startswith(prefix) else None
        found = finders.find(path) if path and ".." not in path else None
        if not found:
            raise ValueError(f"Refused to fetch {url}")
        with open(found, "rb") as f:
            body = f.read()
        kind = mimetypes.guess_type(found)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": kind})


def html_to_pdf(html: str) -> bytes:
    return HTML(string=html, base_url=BASE_URL, url_fetcher=StaticOnlyFetcher()).write_pdf()
