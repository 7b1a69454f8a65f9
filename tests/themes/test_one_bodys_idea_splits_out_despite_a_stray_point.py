"""A tight sub-cluster mostly from one body is that body's own idea; its strays stay shared."""

from minutebook.themes import cluster as cl


def groups_of(spec):
    return [g for g, n in spec for _ in range(n)]


def test_a_sub_cluster_with_one_stray_point_splits_out_without_the_stray():
    # Points 0-3 and 4 form the tight sub-cluster: four from Uplands, one from Harbour.
    groups = groups_of([("Uplands", 4), ("Harbour", 1), ("Harbour", 4), ("Uplands", 3)])
    theme = cl.Node(list(range(12)), groups=frozenset(groups))
    tight = cl.Node([0, 1, 2, 3, 4], groups=frozenset({"Uplands", "Harbour"}))
    loose = cl.Node(list(range(5, 12)), groups=frozenset({"Uplands", "Harbour"}))
    for _ in range(2):  # the same answer the second time
        out = cl.split_specific([theme], [[tight, loose]], groups)
        own = [n for n in out if n.split]
        assert [n.members for n in own] == [[0, 1, 2, 3]]
        assert own[0].groups == {"Uplands"}
        rest = [n for n in out if not n.split]
        assert rest[0].members == list(range(4, 12))
        assert rest[0].groups == {"Uplands", "Harbour"}


def test_a_sub_cluster_two_bodies_share_stays_in_the_shared_theme():
    groups = groups_of([("Uplands", 3), ("Harbour", 2), ("Harbour", 3), ("Uplands", 2)])
    theme = cl.Node(list(range(10)), groups=frozenset(groups))
    mixed = cl.Node([0, 1, 2, 3, 4], groups=frozenset({"Uplands", "Harbour"}))
    other = cl.Node(list(range(5, 10)), groups=frozenset({"Uplands", "Harbour"}))
    out = cl.split_specific([theme], [[mixed, other]], groups)
    assert [n.members for n in out] == [list(range(10))]
    assert not out[0].split


def test_a_theme_pinned_by_the_clerk_never_loses_points_to_a_split():
    groups = groups_of([("Uplands", 5), ("Harbour", 3)])
    theme = cl.Node(list(range(8)), anchor="T-P1", groups=frozenset(groups))
    sub = cl.Node([0, 1, 2, 3, 4], anchor="T-P1", groups=frozenset({"Uplands"}))
    out = cl.split_specific([theme], [[sub]], groups)
    assert [n.members for n in out] == [list(range(8))]
