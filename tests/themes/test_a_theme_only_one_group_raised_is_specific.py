from minutebook.themes.engine import combine


def test_a_theme_only_one_group_raised_is_specific(points, fake):
    report = combine(points, embedder=fake)
    special = report.additional["Oakfield Special Schools Forum"]
    minibus = [t for t in special if "C1" in t.point_ids]
    assert minibus and {"C1", "C2", "C3"} <= set(minibus[0].point_ids)
    assert not minibus[0].shared
    assert minibus[0].summary.startswith("The Oakfield Special Schools Forum ")


def test_shared_themes_are_attributed_to_the_forums(points, fake):
    report = combine(points, embedder=fake)
    assert report.themes
    for theme in report.themes:
        assert theme.shared
        assert "forums" in theme.summary or " and " in theme.summary
