import io

from PIL import Image

from minutebook.themes.chart import chart_png

BODY_PT = 11  # the combined report's body text (report.css; Word's default style)


def cap_height_pt(png: bytes, placed_width_in: float) -> float:
    """Height of the first label's capital letters once the picture is placed that wide."""
    img = Image.open(io.BytesIO(png)).convert("L")
    width, height = img.size
    label_column = img.crop((0, 0, width * 2 // 5, height))
    rows = [y for y in range(label_column.height)
            if label_column.crop((0, y, label_column.width, y + 1)).getextrema()[0] < 128]
    # The legend comes first, then the first label: take the second run of dark rows.
    runs, start = [], rows[0]
    for a, b in zip(rows, rows[1:], strict=False):
        if b != a + 1:
            runs.append((start, a))
            start = b
    runs.append((start, rows[-1]))
    top, bottom = runs[1]
    return (bottom - top + 1) / width * placed_width_in * 72


def test_chart_labels_are_at_least_as_large_as_the_body_text_in_word():
    png = chart_png([("HEXHAM", {"Moor Forum": 3, "Vale Forum": 1}),
                     ("TYNE", {"Moor Forum": 0, "Vale Forum": 2})], ["Moor Forum", "Vale Forum"])
    # A capital is about seven tenths of the type size.
    assert cap_height_pt(png, placed_width_in=6.3) >= 0.7 * BODY_PT


def test_a_long_label_wraps_instead_of_shrinking():
    label = "Funding for pupils with complex needs should follow them into every school"
    short = chart_png([("HEX", {"A": 1})], ["A"])
    long = chart_png([(label, {"A": 1})], ["A"])
    assert Image.open(io.BytesIO(long)).size[0] == Image.open(io.BytesIO(short)).size[0]
    assert Image.open(io.BytesIO(long)).size[1] > Image.open(io.BytesIO(short)).size[1]
