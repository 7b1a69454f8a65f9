from minutebook.themes import cluster
from minutebook.themes.engine import Constraints, combine


def test_large_input_path_still_places_every_point_once(points, fake, monkeypatch):
    monkeypatch.setattr(cluster, "DIRECT_LIMIT", 6)
    monkeypatch.setattr(cluster, "MICRO_SIZE", 2)
    edits = Constraints(pinned={"A1": "T-late"}, specific={"C1"})
    out = combine(points, embedder=fake, constraints=edits).to_json()
    placed = [pid for t in out["themes"] for pid in t["point_ids"]] + out["unassigned"]
    assert sorted(placed) == sorted(p.id for p in points)
