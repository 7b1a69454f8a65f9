"""A heading does not stop on a verb waiting for its object, nor repeat only the paper's words."""

from minutebook.themes import labels as lab


def phrases(text):
    return [" ".join(words).lower() for words, _ in lab.spans(text)]


def test_no_span_stops_on_a_verb_that_wants_an_object():
    found = phrases("Ferry passes allow island pupils to reach college")
    assert "ferry passes allow" not in found
    assert "ferry passes allow island pupils" in found
    assert not any(p.split()[-1] in lab.DANGLING for p in found)


def test_a_span_of_only_the_papers_words_scores_nothing():
    paper = frozenset({"ferry", "pass"})
    weights = {"ferry": 1.0, "pass": 1.0, "college": 2.0}
    only_paper = lab.span_score(["ferry", "passes"], True, weights, 3, 4, paper)
    with_idea = lab.span_score(["ferry", "passes", "for", "college"], True, weights, 3, 4, paper)
    assert only_paper == 0.0
    assert with_idea > 0.0


def test_the_papers_words_are_those_most_points_use():
    texts = ["Ferry passes should cover college trips",
             "College trips are refused ferry passes",
             "Ferry passes for college trips cost extra",
             "Ferry passes run out before the term ends",
             "Ferry passes expire before the term ends",
             "Ferry passes lapse before the summer term ends"]
    themes = [[0, 1, 2], [3, 4, 5]]
    for _ in range(2):
        got = [label.lower() for label in
               lab.choose_labels(themes, texts, _unit(len(texts)), None, None)]
        assert "college trips" in got[0] and "term ends" in got[1], got


def _unit(n):
    import numpy as np

    rng = np.random.default_rng(1)
    v = rng.normal(size=(n, 8))
    return v / np.linalg.norm(v, axis=1, keepdims=True)
