import csv
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from themes_support import FakeEmbedder

from minutebook.themes import engine
from minutebook.themes.cli import run

cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
rows = st.lists(st.tuples(st.sampled_from(["1", "2", "3", "4", "", "x"]),
                          st.sampled_from(["North", "South", "East"]), cell), max_size=8)
headers = st.sampled_from([("id", "group", "text"), ("text", "group", "id"), ("id", "text"),
                           ("ID", "Group", "Text", "note")])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=headers, body=rows, raw=st.one_of(st.none(), st.binary(max_size=40)))
def test_random_csv_gives_valid_json_or_one_line_error(tmp_path_factory, monkeypatch, capsys,
                                                      header, body, raw):
    real = engine.combine
    monkeypatch.setattr(engine, "combine",
                        lambda pts, **kw: real(pts, **{**kw, "embedder": FakeEmbedder()}))
    path = tmp_path_factory.mktemp("in") / "p.csv"
    if raw is not None:
        path.write_bytes(raw)
    else:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(header)
        writer.writerows(r[:len(header)] for r in body)
        path.write_text(buf.getvalue(), encoding="utf-8")
    code = run([str(path), "--json"])
    out, err = capsys.readouterr()
    if code == 0:
        data = json.loads(out)
        placed = [p for t in data["themes"] for p in t["point_ids"]] + data["unassigned"]
        assert len(placed) == len(set(placed))
    else:
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and err.startswith("minutebook combine: ")
