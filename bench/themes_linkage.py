"""Compare ways of building themes on the engine's own features, by the ARI of the raw cut.

    python bench/themes_linkage.py [TASK_DIR]

For each method and each global threshold, every task is cut at that one threshold (no
one-group split, no absorbing of small themes: only how the themes are built). Thresholds are
chosen on the even-numbered tasks (in name order) and the same threshold is reported on the
odd-numbered ones, so a method that only fits the tasks it was tuned on shows it.

Methods (similarity = the engine's EMBED_WEIGHT blend of centred embeddings and TF-IDF):
  average   average linkage (what the engine uses), distance 1 - similarity
  ward      Ward linkage on the combined vectors (Euclidean distance sqrt(2 - 2 similarity))
  weighted  WPGMA
  neighbour average linkage on 0.7 * similarity + 0.3 * cosine of the points' similarity rows
  twostage  average linkage at 0.96, then the clusters' embedding centroids merged by average
            linkage at the threshold
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

METHODS = {
    "average": (0.95, 0.96, 0.965, 0.97, 0.975, 0.98),
    "ward": (1.6, 2.0, 2.4, 2.8),
    "weighted": (0.95, 0.96, 0.97, 0.98),
    "neighbour": (0.9, 0.92, 0.93, 0.94, 0.95),
    "twostage": (0.4, 0.5, 0.6, 0.7),
}


def cut(method: str, emb: np.ndarray, tfidf, threshold: float, weight: float) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    def tree(sim: np.ndarray, how: str, euclid: bool = False):
        dist = np.clip(1 - sim, 0, None)
        np.fill_diagonal(dist, 0)
        dist = (dist + dist.T) / 2
        return linkage(squareform(np.sqrt(2 * dist) if euclid else dist, checks=False), how)

    sim = weight * (emb @ emb.T) + (1 - weight) * (tfidf @ tfidf.T).toarray()
    if method == "ward":
        return fcluster(tree(sim, "ward", euclid=True), threshold, "distance")
    if method == "neighbour":
        rows = np.clip(sim, 0, None)
        rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
        return fcluster(tree(0.7 * sim + 0.3 * (rows @ rows.T), "average"), threshold, "distance")
    if method == "twostage":
        first = fcluster(tree(sim, "average"), 0.96, "distance")
        keys = np.unique(first)
        if len(keys) < 2:
            return first
        centres = np.stack([emb[first == k].mean(axis=0) for k in keys])
        centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12)
        second = fcluster(tree(centres @ centres.T, "average"), threshold, "distance")
        return second[np.searchsorted(keys, first)]
    return fcluster(tree(sim, method), threshold, "distance")


def main() -> int:
    from themes_devscore import scorer

    from minutebook.themes import cluster as cl
    from minutebook.themes.embeddings import Embedder

    task_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "themes-dev")
    score = scorer(task_dir)
    embed = Embedder()
    tasks = []
    for name in score.list_tasks(str(task_dir), []):
        _ids, _groups, gold = score.read_task(str(task_dir), name)
        with open(task_dir / "tasks" / f"{name}.csv", encoding="utf-8") as fh:
            rows = sorted(csv.DictReader(fh), key=lambda r: r["id"])
        texts = [r["text"] for r in rows]
        emb, tfidf = cl.features(np.asarray(embed(texts), dtype=np.float64), texts)
        truth = [gold["labels"].get(r["id"], "none-" + r["id"]) for r in rows]
        tasks.append((emb, tfidf, truth, len(gold["themes"])))
    halves = {"tune": tasks[0::2], "held": tasks[1::2]}
    for method, thresholds in METHODS.items():
        results = {}
        for threshold in thresholds:
            for half, part in halves.items():
                aris, ratios = [], []
                for emb, tfidf, truth, n_gold in part:
                    found = cut(method, emb, tfidf, threshold, cl.EMBED_WEIGHT)
                    aris.append(score.ari(list(found), truth))
                    ratios.append(len(set(found)) / n_gold)
                results[threshold, half] = (float(np.mean(aris)), float(np.mean(ratios)))
        best = max(thresholds, key=lambda t: results[t, "tune"][0])
        (tune_ari, tune_ratio), (held_ari, held_ratio) = results[best, "tune"], results[best, "held"]
        print(f"{method:<10} threshold={best:<6} tune ari={tune_ari:.3f} count_ratio={tune_ratio:.2f}"
              f"  held-out ari={held_ari:.3f} count_ratio={held_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
