"""Where a fresh `minutebook combine` spends its time, on one task, with an empty cache.

    python bench/themes_profile.py TASK.csv

Prints wall and CPU seconds (time.process_time: the machine is shared) for: importing the engine, loading the model (weights and tokenizer),
tokenising, the forward pass over the points, then clustering, labelling (its candidate
phrases embedded too) and the report, as engine.combine reports its stages.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(path: str) -> int:
    start, cpu_start = time.perf_counter(), time.process_time()
    marks = []

    def mark(name):
        marks.append((name, time.perf_counter(), time.process_time()))

    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="mb-profile-") as cache:
        os.environ["MINUTEBOOK_CACHE"] = cache
        import numpy  # noqa: F401

        from minutebook.themes import embeddings
        from minutebook.themes.engine import Point, combine
        mark("import engine")
        model = embeddings.load_model()
        mark("load model")
        with open(path, encoding="utf-8") as fh:
            rows = [Point(r["id"], r["group"], r["text"]) for r in csv.DictReader(fh)]
        texts = [p.text for p in rows]
        ids = [e.ids for e in model.tokenizer.encode_batch(texts)]
        mark("tokenise")
        embed = embeddings.Embedder()
        embed(texts)
        mark("forward pass (points)")
        stages = {}
        combine(rows, embedder=embed,
                progress=lambda stage, done, total: stages.setdefault(stage, time.perf_counter()))
        mark("combine, cached points")
    last, last_cpu = start, cpu_start
    for name, when, cpu in marks:
        print(f"{name:<26}{when - last:6.2f} s  cpu {cpu - last_cpu:5.2f} s")
        last, last_cpu = when, cpu
    order = list(stages.items())
    for (name, when), (_, after) in zip(order, order[1:], strict=False):
        print(f"  {name:<24}{after - when:6.2f} s")
    print(f"{'total':<26}{last - start:6.2f} s  cpu {last_cpu - cpu_start:5.2f} s  "
          f"({len(texts)} points, "
          f"{sum(map(len, ids))} tokens)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
