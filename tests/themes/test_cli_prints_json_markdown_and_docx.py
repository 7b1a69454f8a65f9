import json

from docx import Document
from themes_support import POINTS, FakeEmbedder, write_csv

from minutebook.themes import engine
from minutebook.themes.cli import run


def fake_combine(monkeypatch):
    real = engine.combine
    monkeypatch.setattr(engine, "combine",
                        lambda pts, **kw: real(pts, **{**kw, "embedder": FakeEmbedder()}))


def test_json_goes_to_stdout_in_any_column_order(capsys, tmp_path, monkeypatch):
    fake_combine(monkeypatch)
    rows = [(text, pid, "x", group) for pid, group, text in POINTS]
    path = write_csv(tmp_path / "p.csv", rows, header=("text", "id", "extra", "group"))
    assert run([str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    placed = [p for t in data["themes"] for p in t["point_ids"]] + data["unassigned"]
    assert sorted(placed) == sorted(r[0] for r in POINTS)
    assert err == ""  # no progress bar when stderr is not a terminal


def test_markdown_and_docx_follow_the_combined_report(capsys, tmp_path, monkeypatch):
    fake_combine(monkeypatch)
    path = write_csv(tmp_path / "p.csv", POINTS)
    out_docx = tmp_path / "report.docx"
    code = run([str(path), "--markdown", "--docx", str(out_docx), "--paper",
                "Home to School Transport Review"])
    assert code == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# Combined feedback from Oakfield Primary Forum")
    assert "## 1. Thematic feedback" in markdown
    assert "### Additional feedback from Oakfield Special Schools Forum" in markdown
    doc = Document(str(out_docx))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "1. Thematic feedback" in headings
    assert "2. Additional feedback" in headings
    assert "Theme prevalence by body" in headings
    assert len(doc.inline_shapes) == 1 or doc.tables  # the chart: a picture or a bar table
