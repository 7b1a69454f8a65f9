"""Headings are weighed by how much of them, in order, a theme's points hold; a span that only
restates the motion ("Ban human cloning") names no theme."""

from minutebook.themes import labels as lab
from minutebook.themes.overlap import Texts, words


def test_the_overlap_counts_the_words_a_text_holds_in_order():
    held = Texts(["Rural roads are full of potholes after the winter",
                  "Potholes on rural roads damage cars"])
    assert held.lcs(words("rural roads potholes"), 0) == 3
    assert held.lcs(words("rural roads potholes"), 1) == 2  # "potholes" comes first there
    assert held.lcs(words("library hours"), 0) == 0
    assert held.lcs(words("rural roads potholes"), 0) == 3  # asked twice, same answer


def test_a_span_most_points_hold_beats_one_point_s_own_words():
    texts = ["Rural roads are full of potholes after the winter",
             "Our rural roads are full of potholes",
             "Potholes make rural roads dangerous for cyclists",
             "Cyclists fall off on the winter roads"]
    pool = lab.Pool(["dangerous for cyclists", "rural roads are full of potholes"])
    best = lab.consensus(pool, [0, 1, 2, 3], Texts(texts))
    assert best[0][1] == "rural roads are full of potholes"


def test_a_span_that_only_restates_the_motion_scores_nothing():
    paper = frozenset({"human", "clon"})
    weights = {"ban": 1.0, "human": 1.0, "clon": 1.0, "unnatural": 2.0}
    assert lab.span_score(["Ban", "human", "cloning"], True, weights, 3, 4, paper) == 0.0
    assert lab.span_score(["Human", "cloning", "is", "unnatural"], True, weights, 3, 4,
                          paper) > 0.0
