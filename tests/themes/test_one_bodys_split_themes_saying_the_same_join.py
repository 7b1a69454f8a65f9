"""One body's sub-themes that say the same thing become one theme, whatever theme they left."""

import numpy as np

from minutebook.themes import cluster as cl

TEXTS = [
    "Ferry timetables ignore the school day",
    "The ferry timetable does not fit the school day",
    "School day and ferry timetable do not match",
    "Ferry times clash with the start of the school day",
    "The timetable of the ferry ignores school hours",
    "School hours and the ferry timetable clash",
    "Playground equipment on the green is broken",
    "The swings in the park have been broken for months",
    "Broken playground equipment needs repair",
]


def features(groups):
    rng = np.random.default_rng(7)
    base = rng.normal(size=(3, 16))
    vectors = np.stack([base[0 if i < 6 else 1] + 0.05 * rng.normal(size=16)
                        for i in range(len(TEXTS))])
    return cl.features(vectors, TEXTS), groups


def split_nodes(groups):
    return [cl.Node([0, 1, 2], groups=frozenset({groups[0]}), split=True),
            cl.Node([3, 4, 5], groups=frozenset({groups[3]}), split=True),
            cl.Node([6, 7, 8], groups=frozenset({groups[6]}), split=True)]


def test_two_sub_themes_of_one_body_on_the_same_idea_join():
    groups = ["Islands"] * 9
    (emb, tfidf), _ = features(groups)
    for _ in range(2):
        out = cl.merge_own(split_nodes(groups), emb, tfidf)
        assert sorted(n.members for n in out) == [[0, 1, 2, 3, 4, 5], [6, 7, 8]]
        assert all(n.split and n.groups == {"Islands"} for n in out)


def test_the_same_idea_from_two_bodies_is_not_joined_into_one_bodys_theme():
    groups = ["Islands"] * 3 + ["Mainland"] * 3 + ["Islands"] * 3
    (emb, tfidf), _ = features(groups)
    out = cl.merge_own(split_nodes(groups), emb, tfidf)
    assert sorted(n.members for n in out) == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
