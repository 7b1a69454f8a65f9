import numpy as np

from minutebook.themes import embeddings


def test_many_distinct_texts_use_the_quantised_model_close_to_full_precision(tmp_path,
                                                                             monkeypatch):
    texts = ["Buses to the rural schools are late every morning.",
             "Funding must follow the child into mainstream schools.",
             "The county should offer support to every school."]
    monkeypatch.setattr(embeddings, "LARGE_INPUT", 3)
    fast = embeddings.Embedder(tmp_path)(texts)
    full = embeddings.encode_with_model(texts)
    assert fast.shape == (3, embeddings.DIM)
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-4)
    assert (fast * full).sum(axis=1).min() > 0.8
    again = embeddings.Embedder(tmp_path)(texts)  # cached under the quantised model's name
    assert np.array_equal(fast, again)
