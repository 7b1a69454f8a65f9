import io

from docx import Document

from minutebook.themes.docx_render import write_docx
from minutebook.themes.engine import Point, combine
from minutebook.themes.markdown import to_markdown


def test_a_point_flagged_confidential_is_marked_in_markdown_and_word(fake, tmp_path):
    rows = [
        Point("K1", "Upper Forum", "Staffing cuts at the unit are planned for spring",
              confidential=True),
        Point("K2", "Lower Forum", "Staffing cuts at the unit worry the parents"),
        Point("K3", "Upper Forum", "The unit faces staffing cuts this spring"),
    ]
    report = combine(rows, embedder=fake)
    markdown = to_markdown(report)
    assert "planned for spring (confidential)" in markdown
    assert "worry the parents (confidential)" not in markdown
    path = write_docx(report, tmp_path / "r.docx")
    texts = [p.text for p in Document(io.BytesIO(path.read_bytes())).paragraphs]
    assert any("planned for spring (confidential)" in t for t in texts)


def test_points_are_not_confidential_unless_flagged(fake):
    report = combine([Point("K9", "Upper Forum", "Bus routes changed")], embedder=fake)
    assert report.confidential == set() and "(confidential)" not in to_markdown(report)
