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


def test_every_kind_of_edit_holds_through_a_second_rerun(points, fake):
    first = combine(points, embedder=fake)
    late, cost = key_of(first, "A1"), key_of(first, "A3")
    minibus = key_of(first, "C1")
    edits = Constraints(
        pinned={"A1": late, "A2": late, "A5": late,  # A5 moved into "late"
                "A3": cost, "C1": minibus, "B3": minibus,  # B3 moved; "cost" merged below
                "C5": "C-C5", "C4": UNASSIGNED},  # C5 split out on its own; C4 fits nothing
        labels={late: "Late buses", "C-C5": "Escorts for vulnerable pupils"},
        merged={minibus: cost},
        specific={"C5"},
    )
    extra = [Point("N1", "Oakfield Secondary Forum", "Buses arrive late in the mornings"),
             Point("N2", "Oakfield Primary Forum", "Escorts should travel with vulnerable pupils")]
    second = combine([*points, *extra], embedder=fake, constraints=edits)
    third = combine([*points, *extra], embedder=fake, constraints=edits)
    for report in (second, third):
        assert key_of(report, "A1") == key_of(report, "A2") == key_of(report, "A5") == late
        assert key_of(report, "A3") == key_of(report, "C1") == key_of(report, "B3") == cost
        assert "C4" in report.unassigned
        escorts = next(t for t in report.all_themes() if t.key == "C-C5")
        assert escorts.label == "Escorts for vulnerable pupils"
        assert escorts.groups == ["Oakfield Special Schools Forum"]
        assert [t.label for t in report.all_themes() if t.key == late] == ["Late buses"]
    assert second.to_json() == third.to_json()
