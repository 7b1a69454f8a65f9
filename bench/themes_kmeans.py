"""Baseline: k-means given the true number of themes (read from gold), same embeddings.

Usage: python bench/themes_kmeans.py TASK.csv  (gold is ../gold/<task>.json next to tasks/)
Prints the FORMATS.md section 2 JSON.
"""

import csv
import json
import sys
from pathlib import Path


def main(path: str) -> None:
    from sklearn.cluster import KMeans

    from minutebook.themes.embeddings import Embedder

    task = Path(path)
    rows = list(csv.DictReader(task.open(encoding="utf-8")))
    gold = json.loads((task.parent.parent / "gold" / f"{task.stem}.json").read_text())
    k = min(len(gold["themes"]), len(rows))
    vectors = Embedder()([r["text"] for r in rows])
    labels = KMeans(n_clusters=k, random_state=0, n_init=10).fit_predict(vectors)
    themes = []
    for c in range(k):
        members = [r for r, lab in zip(rows, labels, strict=True) if lab == c]
        groups = sorted({r["group"] for r in members})
        themes.append({"label": f"cluster {c}", "summary": "", "groups": groups,
                       "point_ids": [r["id"] for r in members], "shared": len(groups) > 1})
    print(json.dumps({"themes": themes, "unassigned": []}))


if __name__ == "__main__":
    main(sys.argv[1])
