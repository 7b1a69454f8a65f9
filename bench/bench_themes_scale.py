"""Scale check: combine 20,000 synthetic points from 4 groups; report wall time and peak memory.

    python bench/bench_themes_scale.py [TASK_DIR] [--points N]

Two ways to make the points (both with an empty embedding cache, and their own ids):
  --mode reuse      dev sentences drawn again and again (about 4,400 distinct texts to embed);
  --mode recombine  halves of two points from one task joined, so nearly every text is new and
                    embedding dominates (MiniLM on 2 cores runs at about 100 texts/s).
--cache DIR keeps the embeddings between runs (a re-run after a clerk's edits).
--fresh-model also empties the model cache (MINUTEBOOK_MODEL_CACHE): a machine where the install
step did not export the ONNX files, so the run exports them first.
Targets: under a minute and under 2 GB (peak RSS of this process and its children).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = ["North Forum", "South Forum", "East Forum", "West Forum"]


def synthesise(task_dir: Path, n: int, mode: str, seed: int = 0) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    tasks = []
    for path in sorted((task_dir / "tasks").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            tasks.append([row["text"] for row in csv.DictReader(fh)])
    rows = []
    for i in range(n):
        texts = rng.choice(tasks)
        text = rng.choice(texts)
        if mode == "recombine":
            a, b = text.split(), rng.choice(texts).split()
            text = " ".join(a[: max(1, len(a) // 2)] + b[len(b) // 2:])
        rows.append((f"S{i:05d}", rng.choice(GROUPS), text))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("task_dir", nargs="?",
                        default=str(ROOT.parent / "shared" / "data" / "themes-dev"))
    parser.add_argument("--points", type=int, default=20_000)
    parser.add_argument("--mode", choices=("reuse", "recombine"), default="reuse")
    parser.add_argument("--cache", help="embedding cache to use (and keep): run twice to time a "
                        "re-run, its points already embedded")
    parser.add_argument("--fresh-model", action="store_true",
                        help="an empty model cache too (the run exports the ONNX files)")
    args = parser.parse_args()
    task_dir = Path(args.task_dir)
    if not (task_dir / "tasks").is_dir():
        print(f"bench_themes_scale: no task set at {task_dir}", file=sys.stderr)
        return 2
    rows = synthesise(task_dir, args.points, args.mode)
    with tempfile.TemporaryDirectory(prefix="mb-scale-") as tmp:
        os.environ["MINUTEBOOK_CACHE"] = args.cache or tmp
        if args.fresh_model:
            os.environ["MINUTEBOOK_MODEL_CACHE"] = os.path.join(tmp, "models")
        sys.path.insert(0, str(ROOT))
        from minutebook.themes.engine import Point, combine

        start, cpu = time.perf_counter(), time.process_time()
        stages: list[str] = []

        def progress(stage: str, done: int, total: int) -> None:
            stages.append(f"{stage}@{time.perf_counter() - start:.1f}s")

        report = combine([Point(*r) for r in rows], progress=progress)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    out = report.to_json()
    placed = sum(len(t["point_ids"]) for t in out["themes"]) + len(out["unassigned"])
    peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(" ".join(stages))
    print(f"mode={args.mode} distinct_texts={len({r[2] for r in rows})} points={len(rows)} placed={placed} themes={len(out['themes'])} "
          f"shared={sum(t['shared'] for t in out['themes'])} unassigned={len(out['unassigned'])} "
          f"seconds={seconds:.1f} cpu_s={cpu:.1f} peak_rss_mb={peak_kb / 1024:.0f}")
    return 0 if placed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
