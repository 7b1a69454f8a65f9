from minutebook.themes.engine import UNASSIGNED, Constraints, Point, combine


def key_of(report, pid):
    for theme in report.all_themes():
        if pid in theme.point_ids:
            return theme.key
    return None


def test_pinned_points_stay_and_new_points_join_existing_themes(points, fake):
    first = combine(points, embedder=fake)
    late = key_of(first, "A1")
    cost = key_of(first, "A3")
    edits = Constraints(
        pinned={"A1": late, "A2": late, "A5": late, "A3": cost, "C5": UNASSIGNED},
        labels={late: "Late buses"},
    )
    new = [Point("N1", "Oakfield Secondary Forum", "The buses arrive late in the morning")]
    second = combine([*points, *new], embedder=fake, constraints=edits)
    assert key_of(second, "A1") == key_of(second, "A2") == key_of(second, "A5") == late
    assert key_of(second, "A3") == cost
    assert "C5" in second.unassigned
    assert key_of(second, "N1") == late
    assert [t.label for t in second.all_themes() if t.key == late] == ["Late buses"]


def test_merged_themes_stay_merged(points, fake):
    first = combine(points, embedder=fake)
    late, cost = key_of(first, "A1"), key_of(first, "A3")
    edits = Constraints(pinned={"A1": late, "A3": cost}, merged={cost: late})
    second = combine(points, embedder=fake, constraints=edits)
    assert key_of(second, "A1") == key_of(second, "A3") == late


def test_point_marked_specific_never_joins_a_shared_theme(points, fake):
    edits = Constraints(specific={"C4"})
    report = combine(points, embedder=fake, constraints=edits)
    for theme in report.all_themes():
        if "C4" in theme.point_ids:
            assert theme.groups == ["Oakfield Special Schools Forum"]


def test_a_pinned_theme_holding_a_specific_point_takes_no_other_group(points, fake):
    first = combine(points, embedder=fake)
    late = key_of(first, "A1")
    edits = Constraints(pinned={"A1": "C-A1"}, specific={"A1"})
    new = [Point("N1", "Oakfield Secondary Forum", "The buses arrive late in the morning")]
    second = combine([*points, *new], embedder=fake, constraints=edits)
    theme = next(t for t in second.all_themes() if t.key == "C-A1")
    assert not theme.shared and late is not None
