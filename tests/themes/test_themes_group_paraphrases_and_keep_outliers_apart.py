from minutebook.themes.engine import Point, combine


def theme_of(out, pid):
    for theme in out["themes"]:
        if pid in theme["point_ids"]:
            return theme
    return None


def test_points_in_other_words_share_a_theme_across_forums(points, fake):
    out = combine(points, embedder=fake).to_json()
    late = theme_of(out, "A2")
    assert late is not None and late["shared"]
    assert "B1" in late["point_ids"]
    cost = theme_of(out, "A3")
    assert cost is not None and {"A4", "B3", "B4"} <= set(cost["point_ids"])
    assert cost is not late


def test_a_point_that_fits_nothing_is_unassigned(points, fake):
    odd = Point("Z9", "Oakfield Primary Forum", "Photocopier toner procurement framework renewal")
    out = combine([*points, odd], embedder=fake).to_json()
    assert "Z9" in out["unassigned"]


def test_points_for_and_against_a_proposal_are_handled(fake):
    rows = [
        Point("F1", "North Forum", "Free bus passes would help poorer families a great deal"),
        Point("F2", "South Forum", "Free bus passes help poorer families"),
        Point("F3", "North Forum", "Free bus passes would cost the county too much"),
        Point("F4", "South Forum", "The county cannot afford free bus passes, too much cost"),
    ]
    out = combine(rows, embedder=fake).to_json()
    placed = [pid for t in out["themes"] for pid in t["point_ids"]] + out["unassigned"]
    assert sorted(placed) == ["F1", "F2", "F3", "F4"]
