"""Lines wrapped by the page, and words hyphenated at a line end, come back whole."""

from layouts import LONG_WORDS, hyphenated_pdf

from minutebook.minutes import read_document
from minutebook.minutes.readers.pdf_text import join_wrapped


def test_a_hyphenated_justified_paragraph_reads_as_typed(tmp_path):
    texts = [b.text for b in read_document(hyphenated_pdf(tmp_path / "m.pdf"))]
    assert LONG_WORDS in texts
    assert texts[texts.index(LONG_WORDS) + 1] == "Next paragraph here."


def test_a_typed_hyphen_before_a_capital_or_a_number_is_kept():
    assert join_wrapped("the parish", "council") == "the parish council"
    assert join_wrapped("the Anglo-", "Saxon cross") == "the Anglo-Saxon cross"
    assert join_wrapped("pages 10-", "12") == "pages 10-12"
    assert join_wrapped("the cost -", "about £40") == "the cost - about £40"
    assert join_wrapped("recon\u2010", "sidered") == "reconsidered"
    assert join_wrapped("main\u00ad", "tenance") == "maintenance"
    assert join_wrapped("foot-", "paths") == "footpaths"
