from minutebook.themes.engine import combine


def test_every_point_appears_exactly_once(points, fake):
    out = combine(points, embedder=fake).to_json()
    placed = [pid for t in out["themes"] for pid in t["point_ids"]] + out["unassigned"]
    assert sorted(placed) == sorted(p.id for p in points)


def test_shared_means_two_or_more_groups_and_groups_are_listed(points, fake):
    groups = {p.id: p.group for p in points}
    for theme in combine(points, embedder=fake).to_json()["themes"]:
        assert set(theme) == {"label", "summary", "point_ids", "groups", "shared"}
        assert theme["groups"] == sorted({groups[p] for p in theme["point_ids"]})
        assert theme["shared"] == (len(theme["groups"]) >= 2)
        assert theme["label"] and theme["summary"]
