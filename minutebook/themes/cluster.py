"""Group points into themes without being told how many there are.

Similarity of two points = EMBED_WEIGHT * cosine of their embeddings after removing the
consultation's common direction (every point is about the same paper, so the raw vectors all
look alike) + (1 - EMBED_WEIGHT) * cosine of their TF-IDF vectors (shared wording).

Average-linkage (UPGMA) merging on that similarity, stopped at several levels:
  - THEME_SIM: the themes;
  - FINE_SIMS: tighter sub-clusters. The largest sub-cluster of MIN_SPECIFIC+ points that
    (at least PURITY of them) come from one group, sitting inside a theme that other groups
    also raised, is split out as that group's own point: in a shared theme the groups are
    mixed, so several close points from one group alone are unlikely to be chance. A stray
    point or two of another group's in it stays in the shared theme.
Then one group's split-off sub-themes that say the same thing are joined (average similarity
MERGE_OWN_SIM): the cut often leaves one idea of one body under two shared themes.
All thresholds were tuned once on the development set as a whole, never per input.

Large inputs: merging is O(m^2) in memory, so beyond DIRECT_LIMIT points the points are first
pre-grouped into micro-clusters by k-means and merging runs on those. Because both
similarities are dot products, the average similarity of two micro-clusters is exactly the dot
product of their mean vectors, so the same code serves both paths.

Clerk constraints enter as node properties: an "anchor" node holds the points the clerk pinned
to one theme (anchors never merge with each other and are never split); a "lock" is a group a
node must stay within (points the clerk marked specific to their group).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from . import lexical

EMBED_WEIGHT = 0.15
THEME_SIM = 0.04  # i.e. average-linkage distance 0.96
FINE_SIMS = (0.05, 0.1, 0.15, 0.25)  # sub-cluster levels searched for one-group sub-themes, coarsest first
MIN_SPECIFIC = 3
MERGE_OWN_SIM = 0.02  # see merge_own()
PURITY = 0.8  # share of a sub-cluster's points one group must hold to split it out
MIN_THEME = 2  # a theme has at least this many points, and at least MIN_SHARE of them all;
MIN_SHARE = 0.033  # (but never more than MAX_SMALLEST points: a large consultation has more
MAX_SMALLEST = 10  # ideas, not only bigger ones); smaller clusters are dissolved: their
# points join the closest theme ...
ABSORB_SIM = 0.02  # ... if at least this similar to it on average, and at least ABSORB_RATIO
ABSORB_RATIO = 0.5  # of its points' similarity to each other; else they go to "unassigned"
DIRECT_LIMIT = 800
MICRO_SIZE = 25  # points per micro-cluster on the large path
MAX_MICRO = 800
KMEANS_ROUNDS = 12


@dataclass
class Node:
    members: list[int]  # point indices
    anchor: str | None = None  # theme key fixed by the clerk
    lock: str | None = None  # the only group this node may contain
    groups: frozenset[str] = field(default_factory=frozenset)
    split: bool = False  # a one-group sub-theme taken out of a shared theme


@dataclass
class Clustering:
    labels: np.ndarray  # theme number per point, -1 = unassigned
    anchors: dict[int, str]  # theme number -> clerk's theme key


def features(vectors: np.ndarray, texts: list[str]):
    """(centred unit embeddings, L2-normalised sparse TF-IDF rows)."""
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    tfidf = lexical.tfidf(texts)
    return centred.astype(np.float64), tfidf.tocsr()


def similarity(emb: np.ndarray, tfidf, nodes: list[Node]) -> np.ndarray:
    """Average point-to-point similarity between every pair of nodes."""
    from scipy import sparse

    rows = np.concatenate([[i] * len(n.members) for i, n in enumerate(nodes)]).astype(int)
    cols = np.concatenate([n.members for n in nodes]).astype(int)
    weights = np.concatenate([[1.0 / len(n.members)] * len(n.members) for n in nodes])
    avg = sparse.csr_matrix((weights, (rows, cols)), shape=(len(nodes), emb.shape[0]))
    mean_emb = avg @ emb
    mean_tfidf = avg @ tfidf
    lexical = (mean_tfidf @ mean_tfidf.T).toarray()
    return EMBED_WEIGHT * (mean_emb @ mean_emb.T) + (1 - EMBED_WEIGHT) * lexical


def can_merge(a: Node, b: Node) -> bool:
    if a.anchor is not None and b.anchor is not None:
        return False
    for one, other in ((a, b), (b, a)):
        if one.lock is not None and not other.groups <= {one.lock}:
            return False
    return True


def merged(a: Node, b: Node) -> Node:
    return Node(a.members + b.members, a.anchor or b.anchor, a.lock or b.lock, a.groups | b.groups)


def upgma(sim: np.ndarray, nodes: list[Node], levels: list[float]) -> list[list[Node]]:
    """Average-linkage merging; returns the clusters when the best merge falls below each level.

    Ties go to the lowest indices (np.argmax), so the result depends only on node order.
    """
    nodes = list(nodes)
    raw = sim.astype(np.float64).copy()
    alive = np.ones(len(nodes), dtype=bool)
    allowed = np.array([[i != j and can_merge(a, b) for j, b in enumerate(nodes)]
                        for i, a in enumerate(nodes)], dtype=bool).reshape(len(nodes), len(nodes))
    cuts: list[list[Node]] = []
    levels = sorted(levels, reverse=True)
    while levels:
        scores = np.where(allowed, raw, -np.inf)
        best = int(np.argmax(scores)) if scores.size else 0
        i, j = divmod(best, max(len(nodes), 1))
        if not scores.size or scores[i, j] < levels[0]:
            cuts.append([nodes[k] for k in np.flatnonzero(alive)])
            levels.pop(0)
            continue
        i, j = min(i, j), max(i, j)
        ni, nj = len(nodes[i].members), len(nodes[j].members)
        raw[i, :] = (ni * raw[i, :] + nj * raw[j, :]) / (ni + nj)
        raw[:, i] = raw[i, :]
        nodes[i] = merged(nodes[i], nodes[j])
        alive[j] = False
        allowed[j, :] = allowed[:, j] = False
        row = np.array([alive[k] and k != i and can_merge(nodes[i], nodes[k])
                        for k in range(len(nodes))], dtype=bool)
        allowed[i, :] = allowed[:, i] = row
    return cuts


def micro_nodes(emb: np.ndarray, indices: list[int], groups: list[str], *,
                anchor: str | None = None, lock: str | None = None,
                target: int) -> list[Node]:
    """Pre-group points into about `target` small nodes (one node per point when few)."""
    def node(members: list[int]) -> Node:
        return Node(sorted(members), anchor, lock, frozenset(groups[m] for m in members))

    if anchor is not None:
        return [node(indices)]
    if len(indices) <= target:
        return [node([i]) for i in indices]
    labels = kmeans(emb[indices], target)
    buckets: dict[int, list[int]] = {}
    for idx, label in zip(indices, labels, strict=True):
        buckets.setdefault(int(label), []).append(idx)
    return [node(b) for b in sorted(buckets.values(), key=lambda b: b[0])]


def kmeans(x: np.ndarray, k: int, rounds: int = KMEANS_ROUNDS) -> np.ndarray:
    """Spherical k-means (unit vectors, cosine), started from evenly spaced points so the
    result depends only on the input; NumPy alone (importing scikit-learn costs ~1.5 s)."""
    x = x.astype(np.float32)
    centres = x[np.linspace(0, len(x) - 1, k).astype(int)].copy()
    labels = np.zeros(len(x), dtype=int)
    for _ in range(rounds):
        labels = np.argmax(x @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        centres = np.where(empty[:, None], centres, sums / np.maximum(norms, 1e-12))
    return labels


def cluster(emb: np.ndarray, tfidf, groups: list[str], *,
            anchors: dict[int, str] | None = None,
            locks: set[int] | None = None,
            excluded: set[int] | None = None) -> Clustering:
    """Theme number per point (-1 = unassigned).

    anchors: point index -> clerk's theme key (pinned); locks: point indices that must stay in
    a theme of their own group; excluded: point indices the clerk put in "unassigned".
    """
    anchors, locks, excluded = anchors or {}, locks or set(), excluded or set()
    n = len(groups)
    nodes = build_nodes(emb, groups, anchors, locks, excluded)
    labels = np.full(n, -1, dtype=int)
    if not nodes:
        return Clustering(labels, {})
    sim = similarity(emb, tfidf, nodes)
    *fines, coarse = upgma(sim, nodes, [*FINE_SIMS, THEME_SIM])
    smallest = smallest_theme(n)
    themes = merge_own(split_specific(coarse, fines[::-1], groups), emb, tfidf)
    themes = absorb_small(themes, emb, tfidf, groups, smallest)
    theme_anchor: dict[int, str] = {}
    number = 0
    for theme in sorted(themes, key=lambda t: min(t.members)):
        labels[theme.members] = number
        if theme.anchor is not None:
            theme_anchor[number] = theme.anchor
        number += 1
    return Clustering(labels, theme_anchor)


def smallest_theme(n: int) -> int:
    """Fewest points a theme may have among n: an idea a few forums' members raised is still
    a theme (a 5% floor dissolved a fifth of the true shared themes on the dev set)."""
    return max(MIN_THEME, min(MAX_SMALLEST, round(MIN_SHARE * n)))


def build_nodes(emb, groups, anchors, locks, excluded) -> list[Node]:
    n = len(groups)
    free = [i for i in range(n) if i not in anchors and i not in excluded]
    target = n if n <= DIRECT_LIMIT else min(MAX_MICRO, max(1, n // MICRO_SIZE))
    share = max(1, round(target * len(free) / max(n, 1)))
    nodes: list[Node] = []
    for key in sorted(set(anchors.values())):
        members = sorted(i for i, k in anchors.items() if k == key)
        # A pinned theme holding a point marked specific stays within that point's group.
        lock = next((groups[i] for i in members if i in locks), None)
        nodes += micro_nodes(emb, members, groups, anchor=key, lock=lock, target=target)
    unlocked = [i for i in free if i not in locks]
    nodes += micro_nodes(emb, unlocked, groups, target=share)
    for group in sorted({groups[i] for i in free if i in locks}):
        locked = [i for i in free if i in locks and groups[i] == group]
        nodes += micro_nodes(emb, locked, groups, lock=group,
                             target=max(1, round(share * len(locked) / max(len(free), 1))))
    return nodes


def split_specific(coarse: list[Node], fines: list[list[Node]], groups: list[str]) -> list[Node]:
    """Pull one group's tight sub-clusters out of themes that other groups also raised.

    fines: nested cuts, coarsest first, so the largest such sub-cluster wins. A sub-cluster
    counts as one group's when at least PURITY of its points come from that group (a stray
    point or two of another group's does not make an idea shared); only that group's points
    leave, the strays stay in the theme.
    """
    owner = {}
    for t, theme in enumerate(coarse):
        for m in theme.members:
            owner[m] = t
    taken: dict[int, set[int]] = {}
    extra: list[Node] = []
    done: set[int] = set()
    for sub in (s for fine in fines for s in fine):
        theme = coarse[owner[sub.members[0]]]
        if sub.anchor is not None or len(theme.groups) == 1:
            continue
        counts = Counter(groups[m] for m in sub.members)
        group, count = min(counts.items(), key=lambda gc: (-gc[1], gc[0]))
        if sub.lock is not None and group != sub.lock:
            continue
        own = [m for m in sub.members if groups[m] == group]
        if (count < MIN_SPECIFIC or count < PURITY * len(sub.members)
                or len(own) == len(theme.members) or done.intersection(own)):
            continue
        done.update(own)
        taken.setdefault(owner[sub.members[0]], set()).update(own)
        extra.append(Node(own, None, sub.lock, frozenset({group}), split=True))
    out = []
    for t, theme in enumerate(coarse):
        gone = taken.get(t, set())
        rest = [m for m in theme.members if m not in gone]
        if rest:
            out.append(Node(rest, theme.anchor, theme.lock,
                            frozenset(groups[m] for m in rest)))
    return out + extra


def merge_own(themes: list[Node], emb, tfidf) -> list[Node]:
    """Join one group's split-off sub-themes that say the same thing (average similarity at
    least MERGE_OWN_SIM), though the cut left them under different shared themes."""
    split = [t for t in themes if t.split]
    if len(split) < 2 or MERGE_OWN_SIM is None:
        return themes
    nodes = [Node(list(t.members), t.anchor, t.groups and next(iter(t.groups)), t.groups)
             for t in split]
    joined = upgma(similarity(emb, tfidf, nodes), nodes, [MERGE_OWN_SIM])[0]
    out = [t for t in themes if not t.split]
    return out + [Node(sorted(t.members), None, None, t.groups, split=True) for t in joined]


def absorb_small(themes: list[Node], emb, tfidf, groups: list[str], smallest: int) -> list[Node]:
    """Dissolve themes of fewer than `smallest` points into the closest larger theme.

    A handful of points rarely makes an idea of its own: more often it is a corner of a
    larger one that the cut left apart. Each point goes where its average similarity is
    highest (within the clerk's locks), or to "unassigned" when nothing is close enough.
    A clerk's pinned theme is never dissolved, and one-group sub-themes split out of a
    shared theme keep MIN_SPECIFIC as their floor.
    """
    def kept(t: Node) -> bool:
        return (t.anchor is not None or len(t.members) >= smallest
                or (t.split and len(t.members) >= min(MIN_SPECIFIC, smallest)))

    big = [Node(list(t.members), t.anchor, t.lock, t.groups) for t in themes if kept(t)]
    loose = sorted(m for t in themes if not kept(t) for m in t.members)
    if not big or not loose:
        return big
    lock_of = {m: t.lock for t in themes if not kept(t) for m in t.members}
    # A point that joined nothing at all must be as close to a theme as its points are to
    # each other (ABSORB_RATIO of that); points of a small cluster need only ABSORB_SIM.
    alone = {t.members[0] for t in themes if len(t.members) == 1}
    centres = similarity_to(emb, tfidf, big, loose)
    strict = np.maximum(ABSORB_SIM, ABSORB_RATIO * cohesion(emb, tfidf, big))
    for row, m in enumerate(loose):
        order = np.argsort(-centres[row], kind="stable")
        for b in order:
            theme = big[b]
            if centres[row, b] < (strict[b] if m in alone else ABSORB_SIM):
                continue
            lock = lock_of[m]
            if (theme.lock is not None and groups[m] != theme.lock) or (
                    lock is not None and not theme.groups <= {lock}):
                continue
            # A stray point must not turn one body's own theme into a shared one.
            if len(theme.groups) == 1 and groups[m] not in theme.groups:
                continue
            theme.members.append(m)
            theme.groups = theme.groups | {groups[m]}
            break
    for theme in big:
        theme.members.sort()
    return big


def similarity_to(emb, tfidf, nodes: list[Node], points: list[int]) -> np.ndarray:
    """Average similarity of each point to each node (points x nodes)."""
    mean_emb = np.stack([emb[n.members].mean(axis=0) for n in nodes])
    mean_tfidf = np.vstack([np.asarray(tfidf[n.members].mean(axis=0)) for n in nodes])
    lexical_part = np.asarray(tfidf[points] @ mean_tfidf.T)
    return EMBED_WEIGHT * (emb[points] @ mean_emb.T) + (1 - EMBED_WEIGHT) * lexical_part


def cohesion(emb, tfidf, nodes: list[Node]) -> np.ndarray:
    """Average similarity between two different points of each node (0 for one point)."""
    out = np.zeros(len(nodes))
    for k, node in enumerate(nodes):
        n = len(node.members)
        if n < 2:
            continue
        e = emb[node.members]
        t = tfidf[node.members]
        total = EMBED_WEIGHT * float(np.square(e.sum(axis=0)).sum()) + (1 - EMBED_WEIGHT) * float(
            np.square(np.asarray(t.sum(axis=0))).sum())
        own = EMBED_WEIGHT * float(np.square(e).sum()) + (1 - EMBED_WEIGHT) * float(
            t.multiply(t).sum())
        out[k] = (total - own) / (n * (n - 1))
    return out
