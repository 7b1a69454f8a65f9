"""What the page header and footer repeat is read once, and page numbers not at all."""

import re

import pypdfium2
from layouts import COUNCIL, action_column_pdf

from minutebook.minutes import read_document


def test_a_running_head_is_kept_once_and_page_numbers_dropped(tmp_path):
    path = action_column_pdf(tmp_path / "long.pdf", repeat=6)
    assert len(pypdfium2.PdfDocument(path.read_bytes())) >= 3
    texts = [b.text for b in read_document(path)]
    assert texts.count(COUNCIL) == 1
    assert texts[0] == COUNCIL
    assert not [t for t in texts if re.search(r"\bPage \d+ of \d+\b", t)]


def test_a_single_page_keeps_its_header_and_loses_its_number(tmp_path):
    texts = [b.text for b in read_document(action_column_pdf(tmp_path / "short.pdf"))]
    assert texts[0] == COUNCIL
    assert "Page 1 of 1" not in " ".join(texts)
