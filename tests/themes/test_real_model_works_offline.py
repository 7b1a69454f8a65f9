import os

import numpy as np

from minutebook.themes.embeddings import Embedder, encode_with_model


def test_real_model_works_offline_and_ranks_paraphrases_closer(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    embed = Embedder(tmp_path, encode=encode_with_model)
    v = embed([
        "The school buses are always late in the morning",
        "Pupils' morning transport keeps arriving behind schedule",
        "The library should open on Saturdays",
    ])
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.1
    assert os.environ["HF_HUB_OFFLINE"] == "1"
