"""Benchmark the themes engine against BERTopic and k-means (true k) on the dev tasks.

    python bench/bench_themes.py [TASK_DIR] [--only SUBSTR]

TASK_DIR defaults to ../shared/data/themes-dev (relative to the repo root). Each method runs
through shared/tools/score-themes, one process per task, each with its own empty embedding
cache (cold: the first task pays the model load and every task embeds its points).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
METRICS = ("ari", "shared_f1", "specific_f1", "count_ratio", "coverage", "label_rouge", "seconds")
METHODS = {
    "minutebook": f"{PY} -m minutebook.themes.cli {{csv}} --json",
    "bertopic": f"{PY} {ROOT / 'bench' / 'themes_bertopic.py'} {{csv}}",
    "kmeans-true-k": f"{PY} {ROOT / 'bench' / 'themes_kmeans.py'} {{csv}}",
}


def score(task_dir: Path, scorer: Path, command: str, only: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="mb-bench-cache-") as cache:
        args = [sys.executable, str(scorer), str(task_dir), "--run",
                f"MINUTEBOOK_CACHE={cache} {command}", "--quiet"]
        for part in only:
            args += ["--only", part]
        done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    last = (done.stdout.strip().splitlines() or [""])[-1]
    found = dict(re.findall(r"(\w+)=([\w.]+)", last))
    if "ari" not in found:
        sys.exit(f"bench_themes: scorer gave no result: {done.stderr.strip()[-300:]}")
    return {k: float(found[k]) for k in METRICS} | {"violations": float(found["violations"])}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("task_dir", nargs="?", default=str(ROOT.parent / "shared" / "data" /
                                                          "themes-dev"))
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--methods", default=",".join(METHODS))
    args = parser.parse_args()
    task_dir = Path(args.task_dir)
    scorer = task_dir.parent.parent / "tools" / "score-themes"
    if not (task_dir / "tasks").is_dir() or not scorer.exists():
        print(f"bench_themes: no task set at {task_dir} (or no score-themes next to it)",
              file=sys.stderr)
        return 2
    results = {}
    for name in args.methods.split(","):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results[name] = score(task_dir, scorer, METHODS[name], args.only)
    print(f"{'method':<15}" + "".join(f"{m:>12}" for m in METRICS) + f"{'vs BERTopic':>13}")
    base = results.get("bertopic", {}).get("seconds")
    for name, r in results.items():
        ratio = f"{base / r['seconds']:.1f}x" if base and r["seconds"] else "-"
        print(f"{name:<15}" + "".join(f"{r[m]:>12.3f}" for m in METRICS) + f"{ratio:>13}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
