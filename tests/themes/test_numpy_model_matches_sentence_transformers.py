import numpy as np
import pytest

from minutebook.themes.embeddings import encode_with_model, encode_with_sentence_transformers

TEXTS = [
    "The school buses are always late in the morning",
    "Free bus passes shouldn't be withdrawn from sixth formers!",
    "Escorts",
    "Walking routes across the A-road need a lollipop crossing patrol before September",
]


def test_numpy_forward_pass_gives_the_sentence_transformers_vectors():
    pytest.importorskip("sentence_transformers")
    ours = encode_with_model(TEXTS)
    reference = encode_with_sentence_transformers(TEXTS)
    assert ours.shape == reference.shape == (len(TEXTS), 384)
    assert np.abs(ours - reference).max() < 1e-4
