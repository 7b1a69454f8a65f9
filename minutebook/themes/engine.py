"""combine(): several groups' points in, a combined report of themes out.

    from minutebook.themes.engine import Point, Constraints, combine
    report = combine([Point("P1", "Primary Forum", "Buses are late"), ...])
    report.to_json()      # FORMATS.md section 2
    report.themes         # shared themes; report.additional[group]: that group's own themes

Every input id ends up exactly once: in one theme or in report.unassigned. The result depends
only on the set of points (they are put in id order first) and the constraints.

Clerk's edits (all optional; theme keys are Theme.key from an earlier run, e.g. "T-P0007"):

    Constraints(
        pinned={"P0007": "T-P0007", "P0042": UNASSIGNED},  # point -> theme key it must stay in
        labels={"T-P0007": "Late buses"},                  # theme key -> label the clerk wrote
        merged={"T-P0019": "T-P0007"},                     # theme key -> key it was merged into
        specific={"P0050"},                                # points to keep in a theme of their
    )                                                      # own group only (never shared)

On a re-run, pinned points stay together under their key (pinned themes never merge with each
other, and are never split), new or unpinned points join a pinned theme when close enough (the
same threshold as any merge), and a theme with a key in `labels` keeps the clerk's label.
A theme keeps its key only through pinned points: to keep a renamed or merged theme, pin (at
least one of) its points to its key; unpinned themes are keyed "T-" + their first point id.
`merged` lets pins that still name an absorbed theme land in the surviving one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from . import labels as lab
from . import summaries
from .report import Report, Theme, default_overview, default_title

UNASSIGNED = "unassigned"  # pin a point here to keep it out of every theme

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class Point:
    id: str
    group: str
    text: str
    # Shown as "(confidential)" in the report; a reader's report simply leaves such points out.
    confidential: bool = False


@dataclass
class Constraints:
    pinned: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    merged: dict[str, str] = field(default_factory=dict)
    specific: set[str] = field(default_factory=set)

    def resolve(self, key: str) -> str:
        """Follow merges to the surviving key (cycles stop where they repeat)."""
        seen = set()
        while key in self.merged and key not in seen:
            seen.add(key)
            key = self.merged[key]
        return key


class InputError(ValueError):
    """Points that cannot be combined (e.g. duplicate ids)."""


def combine(points: Sequence[Point], *, embedder=None, progress: Progress | None = None,
            constraints: Constraints | None = None, title: str | None = None,
            paper: str | None = None) -> Report:
    """Cluster the points into themes and build the report.

    embedder: callable list[str] -> (n, d) array; default the cached MiniLM embedder.
    progress: called as progress(stage, done, total) at each stage.
    """
    from . import cluster as cl

    constraints = constraints or Constraints()
    step = progress or (lambda stage, done, total: None)
    points = sorted(points, key=lambda p: p.id)
    check_unique(points)
    bodies = sorted({p.group for p in points})
    total = 4
    step("embedding", 0, total)
    if embedder is None:
        from .embeddings import Embedder

        embedder = Embedder()
    texts = [p.text for p in points]
    vectors = np.asarray(embedder(texts), dtype=np.float64) if points else np.zeros((0, 1))
    step("clustering", 1, total)
    groups = [p.group for p in points]
    index = {p.id: i for i, p in enumerate(points)}
    anchors, excluded = {}, set()
    for pid, key in sorted(constraints.pinned.items()):
        if pid not in index:
            continue
        if key == UNASSIGNED:
            excluded.add(index[pid])
        else:
            anchors[index[pid]] = constraints.resolve(key)
    locks = {index[pid] for pid in constraints.specific if pid in index}
    if points:
        emb, tfidf = cl.features(vectors, texts)
        result = cl.cluster(emb, tfidf, groups, anchors=anchors, locks=locks, excluded=excluded)
        labels_, theme_anchor = result.labels, result.anchors
    else:
        emb, labels_, theme_anchor = vectors, np.zeros(0, dtype=int), {}
    step("labelling", 2, total)
    mean = vectors.mean(axis=0) if points else np.zeros(1)
    themes = build_themes(points, emb, labels_, theme_anchor, constraints, bodies,
                          lambda phrases: np.asarray(embedder(phrases), dtype=np.float64), mean)
    step("report", 3, total)
    report = assemble(points, themes, labels_, bodies, title, paper)
    step("done", total, total)
    return report


def check_unique(points: Sequence[Point]) -> None:
    seen = set()
    for p in points:
        if p.id in seen:
            raise InputError(f"duplicate id {p.id!r}")
        seen.add(p.id)


def build_themes(points, emb, labels_, theme_anchor, constraints, bodies, embed,
                 mean) -> list[Theme]:
    used = set(theme_anchor.values())
    texts = [p.text for p in points]
    groups_of = [p.group for p in points]
    numbers = sorted(set(labels_.tolist()) - {-1})
    members_of = [np.flatnonzero(labels_ == number).tolist() for number in numbers]
    found = lab.choose_labels(members_of, texts, emb, embed, mean)
    lower_ok = summaries.lowercase_test(texts)
    themes = []
    for number, members, label in zip(numbers, members_of, found, strict=True):
        groups = sorted({groups_of[i] for i in members})
        key = theme_anchor.get(number) or fresh_key(points[members[0]].id, used)
        used.add(key)
        label = constraints.labels.get(key) or label
        summary = summaries.summarise(members, texts, groups_of, emb, sorted(bodies), label,
                                      lower_ok)
        themes.append(Theme(key, label, summary, [points[i].id for i in members], groups))
    # Biggest themes first; the key breaks ties so the order never depends on chance.
    return sorted(themes, key=lambda t: (-len(t.groups), -len(t.point_ids), t.key))


def fresh_key(first_id: str, used: set[str]) -> str:
    key, n = f"T-{first_id}", 2
    while key in used:
        key, n = f"T-{first_id}-{n}", n + 1
    return key


def assemble(points, themes, labels_, bodies, title, paper) -> Report:
    shared = [t for t in themes if t.shared]
    additional = {b: [t for t in themes if not t.shared and t.groups == [b]] for b in bodies}
    unassigned = [points[i].id for i in range(len(points)) if labels_[i] == -1]
    n_specific = sum(len(v) for v in additional.values())
    return Report(
        title=title or default_title(bodies, paper),
        bodies=bodies,
        paper=paper,
        overview=default_overview(bodies, len(points), len(shared), n_specific, len(unassigned),
                                  paper),
        themes=shared,
        additional=additional,
        unassigned=unassigned,
        texts={p.id: p.text for p in points},
        point_groups={p.id: p.group for p in points},
        confidential={p.id for p in points if p.confidential},
    )
