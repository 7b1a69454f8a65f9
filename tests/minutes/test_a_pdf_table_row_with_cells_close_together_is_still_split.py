"""A row whose cells almost touch (the longest label of a borderless table) is split at the
column the other rows show, and the table starts with it."""

from layouts import render_pdf

from minutebook.minutes import read_document

ROWS = [("Meeting opened at", "7.02pm"), ("Closed", "8.40pm"), ("Length", "1 hour 38 minutes")]


def test_the_tight_first_row_is_a_row_of_the_table(tmp_path):
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in ROWS)
    body = (f'<p>Closing times</p><table class="tight">{cells}</table>'
            "<p>The chair thanked everyone for coming.</p>")
    path = render_pdf(body, tmp_path / "m.pdf",
                      css=".tight td { border: none; padding: 0 3pt 0 0 } .tight { width: auto }")
    blocks = read_document(path)
    assert [b.cells for b in blocks if b.kind == "row"] == ROWS
    texts = [b.text for b in blocks]
    assert texts[-1] == "The chair thanked everyone for coming."
    assert texts[texts.index("Closing times") + 1] == "Meeting opened at 7.02pm"
