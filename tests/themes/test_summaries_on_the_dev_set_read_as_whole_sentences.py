"""Every summary and label the engine writes for the shared development set reads whole.

The dev set is read where it lies (../shared beside the repository); nothing is copied from it.
The cheap test embedder stands in for the model: the writing is the same whatever the themes.
"""

import csv
import re
from pathlib import Path

import pytest
from themes_support import FakeEmbedder

from minutebook.themes.engine import Point, combine

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "themes-dev" / "tasks"
FIRST_PERSON = re.compile(r"\b(i|me|my|mine|myself|we|us|our|ours|ourselves)\b|\b(i|we)'",
                          re.IGNORECASE)
UNFINISHED = {"a", "an", "and", "the", "of", "to", "or", "but", "with", "that", "for", "is",
              "because", "which", "in", "on", "at", "by", "from", "as", "than", "their"}


def outputs():
    tasks = sorted(DEV.glob("*.csv"))
    if not tasks:
        pytest.skip("no development set at ../shared/data/themes-dev")
    for path in tasks:
        with path.open(encoding="utf-8") as fh:
            points = [Point(r["id"], r["group"], r["text"]) for r in csv.DictReader(fh)]
        yield path.stem, combine(points, embedder=FakeEmbedder())


def broken(summary: str) -> str | None:
    if FIRST_PERSON.search(summary.replace(" US ", " ")):
        return "first person"
    if not summary.endswith("."):
        return "does not end a sentence"
    if not summary[:1].isupper():
        return "does not start with a capital"
    if "…" in summary or ".." in summary or "  " in summary or " ," in summary:
        return "cut or badly spaced"
    last = summary.rstrip(".").split()[-1].lower()
    if last in UNFINISHED:
        return f"ends on {last!r}"
    if summary.count("(") != summary.count(")") or summary.count('"') % 2:
        return "unbalanced brackets or quotes"
    return None


def test_no_summary_on_the_dev_set_reads_broken():
    faults = []
    for name, report in outputs():
        for theme in report.all_themes():
            why = broken(theme.summary)
            if why:
                faults.append(f"{name}: {why}: {theme.summary}")
    assert not faults, "\n".join(faults[:10])


def test_every_label_on_the_dev_set_is_a_heading_of_two_to_eight_words():
    for name, report in outputs():
        for theme in report.all_themes():
            words = theme.label.split()
            assert 2 <= len(words) <= 8, (name, theme.label)
            assert words[-1].lower().strip(".,") not in UNFINISHED, (name, theme.label)
