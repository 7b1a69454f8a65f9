import json
import random

from minutebook.themes.engine import combine


def test_same_input_twice_gives_the_same_json(points, fake):
    first = json.dumps(combine(points, embedder=fake).to_json())
    assert json.dumps(combine(points, embedder=fake).to_json()) == first


def test_shuffled_input_gives_the_same_themes(points, fake):
    expected = combine(points, embedder=fake).to_json()
    shuffled = list(points)
    random.Random(7).shuffle(shuffled)
    assert combine(shuffled, embedder=fake).to_json() == expected
