"""Score the minutes parser on the shared reference document and dev set.

    python bench/eval_minutes.py [SHARED_DIR]

SHARED_DIR defaults to ../shared beside the repository. Parses every document,
writes the JSON into a temporary folder, runs the scorer and prints its summary
line: first the reference, then the dev set.
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
        dev = shared / "data" / "minutes-dev"
        pred = tmp_path / "dev"
        pred.mkdir()
        for doc in sorted((dev / "docs").iterdir()):
            write_parse(doc, pred / f"{doc.stem}.json")
        print("dev:", score([sys.executable, str(scorer), str(dev), "--pred", str(pred),
                             "--quiet"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
