import codecs

from conftest import make_odt, make_pdf

from minutebook.minutes import parse_file, read_document

TEXT = "Date: 4 June 2021\nPresent: Ada Quarry, Zoë Brant\n\n1. Budget\nACTION: AQ to check.\n"


def test_it_reads_utf8_text_with_and_without_a_bom(tmp_path):
    for name, data in (("a.txt", TEXT.encode()), ("b.txt", codecs.BOM_UTF8 + TEXT.encode())):
        (tmp_path / name).write_bytes(data)
        assert parse_file(tmp_path / name).present[1].name == "Zoë Brant"


def test_it_reads_utf16_text_with_a_bom(tmp_path):
    (tmp_path / "m.txt").write_bytes(TEXT.encode("utf-16"))
    assert parse_file(tmp_path / "m.txt").present[1].name == "Zoë Brant"


def test_it_falls_back_to_cp1252(tmp_path):
    (tmp_path / "m.txt").write_bytes(TEXT.replace("Budget", "Budget – 2021").encode("cp1252"))
    parsed = parse_file(tmp_path / "m.txt")
    assert parsed.items[0].title == "Budget – 2021"
    assert parsed.present[1].name == "Zoë Brant"


def test_it_reads_markdown(fixtures):
    parsed = parse_file(fixtures / "solid-style-notes.md")
    assert parsed.date == "2024-05-08"
    assert [i.title for i in parsed.items[0].children] == ["Water butts", "Shed rota"]


def test_it_reads_odt_paragraphs_headings_and_tables(tmp_path):
    body = ('<text:h text:outline-level="1">Minutes of the Fenmoor Youth Panel</text:h>'
            "<text:p>Date: 3 October 2019</text:p>"
            "<table:table><table:table-row>"
            "<table:table-cell><text:p>PRESENT</text:p></table:table-cell>"
            "<table:table-cell><text:p>Ada Quarry, Ben Sallow</text:p></table:table-cell>"
            "</table:table-row></table:table>"
            "<text:p>1.<text:tab/>Budget</text:p><text:p>AQ to<text:s/>check the figures.</text:p>")
    parsed = parse_file(make_odt(tmp_path / "m.odt", body))
    assert parsed.body == "Fenmoor Youth Panel"
    assert [p.name for p in parsed.present] == ["Ada Quarry", "Ben Sallow"]
    assert [(a.text, a.owners) for a in parsed.actions] == [("AQ to check the figures.",
                                                              ["AQ"])]


def test_it_reads_html_headings_lists_and_tables(tmp_path):
    html = ("<html><head><title>x</title><style>p{}</style></head><body>"
            "<h1>Fenmoor Youth Panel Minutes</h1><p>Date: 3 October 2019</p>"
            "<h2>Present</h2><ul><li>Ada Quarry</li><li>Ben Sallow</li></ul>"
            "<h2>1. Budget</h2><table><tr><td>Reserves</td><td>Noted.</td>"
            "<td>BS to report</td></tr></table></body></html>")
    (tmp_path / "m.html").write_text(html)
    blocks = read_document(tmp_path / "m.html")
    assert ("row", ("Reserves", "Noted.", "BS to report")) in [(b.kind, b.cells)
                                                               for b in blocks]
    parsed = parse_file(tmp_path / "m.html")
    assert [p.name for p in parsed.present] == ["Ada Quarry", "Ben Sallow"]
    assert parsed.date == "2019-10-03"


def test_it_reads_the_text_layer_of_a_pdf(tmp_path):
    (tmp_path / "m.pdf").write_bytes(make_pdf(["Fenmoor Youth Panel Minutes",
                                               "Date: 3 October 2019",
                                               "Present: Ada Quarry, Ben Sallow"]))
    parsed = parse_file(tmp_path / "m.pdf")
    assert parsed.date == "2019-10-03"
    assert [p.name for p in parsed.present] == ["Ada Quarry", "Ben Sallow"]
