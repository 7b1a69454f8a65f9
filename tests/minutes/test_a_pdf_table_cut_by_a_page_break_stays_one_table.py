"""A table running over several pages is one table, and a row cut by a break is mended."""

from layouts import ITEMS, action_column_pdf

from minutebook.minutes import read_document


def test_every_item_row_is_in_one_table_in_order(tmp_path):
    blocks = read_document(action_column_pdf(tmp_path / "long.pdf", repeat=6))
    rows = [b for b in blocks if b.kind == "row" and b.cells[0] != "Meeting"]
    items = [b for b in rows if b.cells[0].isdigit()]
    assert len({b.table for b in items}) == 1
    assert [int(b.cells[0]) for b in items] == list(range(1, 6 * len(ITEMS) + 1))
    expected = [f"{title}\n{text}" for _ in range(6) for _, title, text, _ in ITEMS]
    assert [b.cells[1] for b in items] == expected


def test_no_loose_paragraph_is_left_between_pages(tmp_path):
    blocks = read_document(action_column_pdf(tmp_path / "long.pdf", repeat=6))
    first_row = next(i for i, b in enumerate(blocks) if b.kind == "row")
    assert all(b.kind == "row" for b in blocks[first_row:])
