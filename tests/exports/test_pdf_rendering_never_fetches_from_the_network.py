import pytest

from minutebook.exports.pdf import BASE_URL, StaticOnlyFetcher, html_to_pdf


def test_the_fetcher_serves_our_static_files_and_refuses_the_rest():
    fetcher = StaticOnlyFetcher()
    css = fetcher(BASE_URL + "static/minutebook/site.css")
    assert b"table.minutes" in css.read()
    for url in ["https://example.com/logo.png", "file:///etc/passwd",
                BASE_URL + "static/../../settings.py", BASE_URL + "media/secret.pdf"]:
        with pytest.raises(ValueError):
            fetcher(url)


def test_a_remote_image_is_skipped_not_fetched():
    pdf = html_to_pdf('<p>Hello</p><img src="https://example.com/x.png">')
    assert pdf.startswith(b"%PDF")
