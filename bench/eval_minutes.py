"""Score the minutes parser on the shared reference document, the dev set and the wide set.

    python bench/eval_minutes.py [SHARED_DIR] [--misses DIR]

SHARED_DIR defaults to ../shared beside the repository. Parses every document,
writes the JSON into a temporary folder, runs the scorer and prints its summary
line for each set: the reference, the dev set (one house style) and the wide set
(48 real minutes from 18 bodies). With --misses DIR the scorer's per-document
misses are written to DIR/<set>.json, to see where the points are lost.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from minutebook.minutes import MinutesError, parse_file  # noqa: E402

REFERENCE = "kent-secondary-forum-minutes-2010-01-27"
CORPORA = (("dev", "minutes-dev"), ("wide", "minutes-wide"))


def write_parse(doc: Path, out: Path) -> None:
    try:
        data = parse_file(doc).to_json()
    except MinutesError as err:
        print(f"parse failed: {err}", file=sys.stderr)
        return
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def summary_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.startswith("minutes-score")]
    return lines[-1] if lines else output.strip().splitlines()[-1] if output.strip() else ""


def score(args: list[str]) -> str:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    return summary_line(result.stdout + result.stderr)


def main(argv: list[str]) -> int:
    misses = None
    if "--misses" in argv:
        at = argv.index("--misses")
        misses = Path(argv[at + 1])
        misses.mkdir(parents=True, exist_ok=True)
        argv = argv[:at] + argv[at + 2:]
    shared = Path(argv[0]) if argv else REPO.parent / "shared"
    scorer = shared / "tools" / "score-minutes"
    if not shared.is_dir() or not scorer.exists():
        print(f"eval_minutes: shared data not found at {shared} (pass its path as an argument)")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ref_doc = shared / "examples" / f"{REFERENCE}.txt"
        ref_json = tmp_path / f"{REFERENCE}.json"
        write_parse(ref_doc, ref_json)
        print("reference:", score([sys.executable, str(scorer), "--doc", str(ref_doc), "--gold",
                                   str(shared / "gold" / f"{REFERENCE}.json"),
                                   "--pred", str(ref_json), "--quiet"]))
        for label, folder in CORPORA:
            corpus = shared / "data" / folder
            if not corpus.is_dir():
                print(f"{label}: {corpus} not found")
                continue
            pred = tmp_path / label
            pred.mkdir()
            for doc in sorted((corpus / "docs").iterdir()):
                write_parse(doc, pred / f"{doc.stem}.json")
            extra = ["--json-out", str(misses / f"{label}.json")] if misses else []
            print(f"{label}:", score([sys.executable, str(scorer), str(corpus), "--pred",
                                      str(pred), "--quiet", *extra]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
