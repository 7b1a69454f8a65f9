"""Score the engine on a task set in one process, for calibrating it on the set as a whole.

    python bench/themes_devscore.py [TASK_DIR] [--only SUBSTR] [--set module.NAME=VALUE ...] [--flags]

Embeddings come from the usual cache ($MINUTEBOOK_CACHE), so after one run every further run
costs only the clustering and labelling: the way to try a threshold on all tasks at once.
The metrics are shared/tools/score-themes' own (imported from it), averaged over tasks.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import importlib.machinery
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ("ari", "shared_f1", "specific_f1", "count_ratio", "coverage", "label_rouge")


def scorer(task_dir: Path):
    path = task_dir.parent.parent / "tools" / "score-themes"
    loader = importlib.machinery.SourceFileLoader("score_themes", str(path))
    spec = importlib.util.spec_from_loader("score_themes", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def flag_outcomes(ids, gold: dict, output: dict) -> Counter[str]:
    """Each gold theme's fate under the scorer's one-to-one matching (greedy by overlap):
    'shared->specific' is a gold shared theme matched to a one-group theme, 'shared->none'
    one left unmatched; both count against shared_f1."""
    assign = {p: k for k, t in enumerate(output["themes"]) for p in t["point_ids"]}
    labels = gold["labels"]
    overlap = Counter((labels[p], assign[p]) for p in ids if p in labels and p in assign)
    match: dict[str, int] = {}
    for (gt, k), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], str(kv[0][0]), kv[0][1])):
        if gt not in match and k not in match.values():
            match[gt] = k
    out: Counter[str] = Counter()
    for gt, info in gold["themes"].items():
        kind = "shared" if info.get("shared") else "specific"
        got = "none" if gt not in match else (
            "shared" if output["themes"][match[gt]]["shared"] else "specific")
        out[f"{kind}->{got}"] += 1
    out["predicted_specific"] += sum(1 for t in output["themes"] if not t["shared"])
    out["predicted_unmatched"] += len(output["themes"]) - len(match)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("task_dir", nargs="?",
                        default=str(ROOT.parent / "shared" / "data" / "themes-dev"))
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--set", action="append", default=[], metavar="module.NAME=VALUE")
    parser.add_argument("--verbose", action="store_true", help="one line per task")
    parser.add_argument("--labels", action="store_true", help="print each label and its gold")
    parser.add_argument("--flags", action="store_true",
                        help="where shared_f1 and specific_f1 are lost, summed over tasks")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    for item in args.set:
        name, value = item.split("=", 1)
        module, attr = name.rsplit(".", 1)
        setattr(importlib.import_module(f"minutebook.themes.{module}"), attr, eval(value))
    from minutebook.themes.embeddings import Embedder
    from minutebook.themes.engine import Point, combine

    task_dir = Path(args.task_dir)
    score = scorer(task_dir)
    embed = Embedder()
    totals = dict.fromkeys(KEYS, 0.0)
    names = score.list_tasks(str(task_dir), args.only)
    seconds = 0.0
    outcomes: Counter[str] = Counter()
    for name in names:
        ids, groups, gold = score.read_task(str(task_dir), name)
        with open(task_dir / "tasks" / f"{name}.csv", encoding="utf-8") as fh:
            points = [Point(r["id"], r["group"], r["text"]) for r in csv.DictReader(fh)]
        start = time.perf_counter()
        report = combine(points, embedder=embed)
        seconds += time.perf_counter() - start
        res = score.score_task(ids, groups, gold, report.to_json())
        for k in KEYS:
            totals[k] += res[k]
        outcomes.update(flag_outcomes(ids, gold, report.to_json()))
        if args.verbose:
            print(name[:50].ljust(50), " ".join(f"{k}={res[k]:.2f}" for k in KEYS))
        if args.labels:
            for theme in report.to_json()["themes"]:
                print(f"  {len(theme['point_ids']):>3} {theme['label']}")
                print(f"      {theme['summary']}")
            for info in gold["themes"].values():
                print(f"  gold: {info['label']}")
    if args.flags:
        print(" ".join(f"{k}={v}" for k, v in sorted(outcomes.items())))
    n = max(1, len(names))
    print(f"tasks={len(names)} " + " ".join(f"{k}={totals[k] / n:.3f}" for k in KEYS)
          + f" engine_s={seconds / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
