"""A handful of points that several bodies raised is kept as a theme, not dissolved."""

import numpy as np

from minutebook.themes import cluster as cl


def test_four_points_in_a_hundred_and_twenty_are_enough_for_a_theme():
    assert cl.smallest_theme(120) == 4
    assert cl.smallest_theme(30) == cl.MIN_THEME
    assert cl.smallest_theme(20_000) == cl.MAX_SMALLEST


def test_a_four_point_shared_theme_survives_and_a_two_point_one_is_absorbed():
    texts = (["Street lights on the quay are off at night"] * 2
             + ["The quay is dark because its street lights are off"] * 2
             + ["Dogs foul the beach path every day"] * 3
             + ["The beach path is fouled by dogs"] * 3
             + ["Beach path dogs"] * 2)
    groups = ["North", "South"] * 6
    rng = np.random.default_rng(3)
    base = rng.normal(size=(2, 12))
    vectors = np.stack([base[0 if i < 4 else 1] + 0.05 * rng.normal(size=12)
                        for i in range(len(texts))])
    emb, tfidf = cl.features(vectors, texts)
    themes = [cl.Node([0, 1, 2, 3], groups=frozenset({"North", "South"})),
              cl.Node(list(range(4, 10)), groups=frozenset({"North", "South"})),
              cl.Node([10, 11], groups=frozenset({"North", "South"}))]
    for _ in range(2):
        out = cl.absorb_small(themes, emb, tfidf, groups, smallest=4)
        assert sorted(n.members for n in out) == [[0, 1, 2, 3], list(range(4, 12))]
