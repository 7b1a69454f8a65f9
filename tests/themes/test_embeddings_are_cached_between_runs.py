import numpy as np
from themes_support import FakeEmbedder

from minutebook.themes.embeddings import Embedder
from minutebook.themes.engine import combine


def test_second_run_embeds_nothing(points, tmp_path):
    model = FakeEmbedder()
    first = Embedder(tmp_path, encode=model)
    combine(points, embedder=first)
    # The points, then the candidate labels checked against each theme's centre.
    calls, texts = model.calls, model.texts
    assert calls == 2 and texts > len(points)
    again = Embedder(tmp_path, encode=model)  # a new process would start like this
    combine(points, embedder=again)
    assert (model.calls, model.texts) == (calls, texts) and again.encoded == 0


def test_only_new_points_are_embedded(points, tmp_path):
    model = FakeEmbedder()
    embed = Embedder(tmp_path, encode=model)
    vectors = embed([p.text for p in points[:5]])
    both = embed([p.text for p in points[:7]])
    assert model.texts == 7
    assert np.allclose(both[:5], vectors)


def test_cache_location_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MINUTEBOOK_CACHE", str(tmp_path / "here"))
    embed = Embedder(encode=FakeEmbedder())
    embed(["a point about buses"])
    assert (tmp_path / "here" / "embeddings.sqlite3").exists()
