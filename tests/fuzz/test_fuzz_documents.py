"""Fuzz the readers and the parser: generated minutes and mutated real documents.

Run by `make fuzz` with FUZZ_EXAMPLES examples per test (4 tests; 2,500 each makes 10,000).
The only exception allowed out is MinutesError, and every parse must give valid JSON.
"""

import io
import json
import os
import zipfile

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutebook.minutes import MinutesError, parse_blocks, parse_text
from minutebook.minutes.readers import read_bytes

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=list(HealthCheck))

NAMES = ["Alan Barker", "Sue Kent", "Mrs Whitcombe", "Dr Ravi Gill", "Jo O'Neil", "Ève Laurent"]
LINES = st.one_of(
    st.sampled_from(["MINUTES", "DATE", "VENUE", "MEMBERS and OFFICERS", "Present:",
                     "Apologies:", "Regrets:", "Absent:", "In attendance:", "ANY OTHER BUSINESS",
                     "Dates of Future Meetings", "Executive Meeting\tForum Meeting",
                     "CONFIDENTIAL", "Part 2 – exempt", "NB:", "NOTE –"]),
    st.builds(lambda n: f"Present: {', '.join(n)}", st.lists(st.sampled_from(NAMES), max_size=6)),
    st.builds(lambda a, b, t: f"ACTION – {a} & {b} to {t}", st.sampled_from(["AB", "SK", "DT"]),
              st.sampled_from(["AB", "RG", "Directors"]), st.text(max_size=40)),
    st.builds(lambda n, t: f"{n}. {t}", st.integers(0, 99), st.text(max_size=30)),
    st.builds(lambda d, m, y: f"{d} {m} {y}", st.integers(0, 40),
              st.sampled_from(["January", "Feb", "March", "Sept", "Dec"]), st.integers(1, 3000)),
    st.builds(lambda t: f"RESOLVED: {t}", st.text(max_size=40)),
    st.builds(lambda t: f"\t{t}\t", st.text(max_size=40)),
    st.text(max_size=80),
)
MINUTES = st.lists(LINES, max_size=80).map("\n".join)


def check_parse(parse):
    try:
        parsed = parse()
    except MinutesError as exc:
        assert "\n" not in str(exc)
        return
    json.dumps(parsed.to_json())


def docx_bytes() -> bytes:
    doc = Document()
    doc.add_paragraph("MINUTES OF THE FORUM")
    table = doc.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("DATE", "12 March 2025", ""),
                                       ("MEMBERS", "Alan Barker, Sue Kent", ""),
                                       ("ITEM", "AB raised transport.", "AB & DT")], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def odt_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:'
                   'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:'
                   'xmlns:text:1.0"><office:body><office:text><text:p>Date: 1 May 2020</text:p>'
                   '<text:p>Present: Alan Barker</text:p></office:text></office:body>'
                   '</office:document-content>')
    return buffer.getvalue()


def pdf_bytes() -> bytes:
    from weasyprint import HTML

    return HTML(string="<h1>Minutes</h1><p>Date: 1 May 2020</p><p>Present: Alan Barker</p>"
                       "<p>ACTION: AB to write</p>").write_pdf()


SEEDS = {
    ".docx": docx_bytes(),
    ".odt": odt_bytes(),
    ".html": b"<html><body><h1>Minutes</h1><p>Present: Alan Barker</p><table><tr><td>AB</td>"
             b"<td>ACTION: AB to write</td></tr></table></body></html>",
    ".pdf": pdf_bytes(),
    ".txt": b"Date: 1 May 2020\nPresent: Alan Barker\n1. Transport\nAB to write.\n",
}


@st.composite
def mutated(draw):
    ext = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[ext])
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[at:]
    return ext, bytes(data)


@FUZZ
@given(MINUTES)
def test_generated_minutes_parse_or_fail_cleanly(text):
    check_parse(lambda: parse_text(text))


@FUZZ
@given(mutated())
def test_mutated_documents_read_or_fail_cleanly(sample):
    ext, data = sample
    check_parse(lambda: parse_blocks(read_bytes(data, ext, "fuzz" + ext)))


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(sorted(SEEDS)))
def test_random_bytes_read_or_fail_cleanly(data, ext):
    check_parse(lambda: parse_blocks(read_bytes(data, ext, "fuzz" + ext)))


@FUZZ
@given(st.text(max_size=3000))
def test_any_text_parses_or_fails_cleanly(text):
    check_parse(lambda: parse_text(text))


@pytest.mark.parametrize("ext", sorted(SEEDS))
def test_the_seed_documents_are_themselves_readable(ext):
    read_bytes(SEEDS[ext], ext, "seed" + ext)
