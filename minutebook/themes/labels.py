"""Theme labels: a short heading built from the phrases a theme's points share.

A clerk titles a theme by what its points have in common ("Delivery plan and success
criteria"), not by one point's first words. So:

1. Every theme's points are cut into clauses, and each clause into word spans of
   MIN_WORDS to MAX_WORDS words that start and end where a phrase does (at the clause's
   edge or beside a small word such as "of", never inside a run of content words).
2. Each word is weighed by how typical it is of the theme against the whole consultation
   (the share of the theme's points that use it, times how much more often than elsewhere);
   a span scores the weight of the distinct words it holds, per word, so a span must earn
   its length. Spans of nothing but the paper's and the motion's words ("Ban human
   cloning") score nothing: they say which side a point takes, not what it argues.
3. The best spans are re-ranked by consensus(): how many of their words, in order, the
   theme's points hold on average (ROUGE-L's count, overlap.py), per word.
4. The best few are embedded with the same model as the points and checked against the
   theme's centre: the label is the one closest to its own theme; a span closer to another
   theme's centre, or found word for word in another theme's point, is never chosen.

Weights and sizes were tuned once on the development set as a whole.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter

import numpy as np

from .lexical import STOP_WORDS, stem
from .overlap import Texts
from .overlap import words as word_tokens

MIN_WORDS = 2
MAX_WORDS = 8
PRESELECT = 20  # spans per theme, by word score, then weighed by how many points hold them
CANDIDATES = 6  # of those, the best by consensus(), checked with the embedding model
SHARE_WEIGHT = 2.0  # consensus(): weight of the words the theme's points hold ...
REF_LEN = 1  # ... per word of span plus this
OPENS_BONUS = 0.05  # a span that opens its clause
FULL_BONUS, FULL = 0.02, 7  # per word, up to FULL words: a fuller heading says more
NEAREST_ONLY = True  # never a span whose embedding sits closer to another theme's centre
FOREIGN_CHECK = True  # never a span found word for word in a point of another theme
POOL = 40  # spans come from a theme's most typical points (and are counted in them) only
SHARE_POWER = 2.0  # a word counts by the share of the theme's points using it, to this power
END_SHARED = True
MIN_USES = 2  # a word only one point of a theme uses says nothing of what its points share
TOPIC_BONUS = 2.0  # words the whole consultation uses (the paper's subject) still name it
EMBED_WEIGHT = 1.0  # weight of the span's closeness to its theme's centre
LENGTH_POWER = 0.3  # a span's score is divided by its length to this power
WHOLE_PHRASES = True  # a span starts and ends where a phrase does: at its clause's edge or
# beside a small word ("of", "and"), never inside a run of content words
START_BONUS = 2.0  # a span that opens its clause (names the subject) is worth this much more

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+%?")
CLAUSE = re.compile(
    r"[.;:!?,()\[\]\"“”]|\s[-–—]\s|\b(?:because|since|which|who|whereas|although|though|"
    r"while|but|so that|so|as it|as they|if|when|unless|otherwise|therefore|thus)\b",
    re.IGNORECASE)
LEAD = re.compile(r"^(?:i|we|you|they|it|this|that|there|also|and|or|then|however)\b\s*"
                  r"(?:(?:think|believe|feel|felt|agree|would|should|must|need|is|are|was|"
                  r"were|say|said|argue)\b\s*(?:that\b)?\s*)?", re.IGNORECASE)
WISH = re.compile(r"^(?:want|wants|would like|need|needs|hope|hopes) to (?:see|have|hear)\b\s*",
                  re.IGNORECASE)
# Words a heading never starts or ends on.
EDGE_WORDS = STOP_WORDS | {"also", "etc", "able", "lot", "lots", "thing", "things", "way"}
# Verbs that want an object: a heading ending on one stops mid-thought ("Uniforms allow").
DANGLING = frozenset("""
allow allows allowed let lets make makes made help helps helped cause causes caused give gives
gave lead leads keep keeps prevent prevents create creates ensure ensures ensuring provide
provides take takes get gets force forces forced stop stops need needs want wants bring brings
put puts leave leaves mean means use uses used encourage encourages promote promotes reduce
reduces increase increases protect protects affect affects become becomes continue continues
enable enables stifle stifles limit limits restrict restricts hurt hurts harm harms
""".split())
# Words that only restate the motion itself ("Ban human cloning", "End mandatory retirement"):
# a span of them and the paper's words says which side a point takes, not what it argues.
MOTION = frozenset(stem(w) for w in """
ban banned banning bans abolish abolished abolishing abolition end ended ending adopt adopted
adopting adoption legalize legalise legalized legalised legalizing legalising legalization
legalisation legal illegal prohibit prohibited prohibiting prohibition abandon abandoned
abandoning subsidize subsidise subsidized subsidised subsidizing subsidising introduce
criminalize criminalise criminalized criminalised
""".split())
# An adjective left after its article waits for its noun ("Marriage is a sacred").
ADJECTIVE_END = re.compile(r"(?:ive|ful|ous|al|ic|ish|ary|ant|ent|ible|able|less|est|er)$")
ARTICLES = {"a", "an", "the"}
PAPER_SHARE = 0.5  # a word this share of all points use names the paper, not one theme
PRONOUNS = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you",
            "your", "yours"}


def central_order(members: list[int], emb: np.ndarray) -> list[int]:
    """Members from most to least typical (closest to the theme's mean vector; stable)."""
    scores = emb[members] @ emb[members].mean(axis=0)
    return [members[i] for i in np.argsort(-scores, kind="stable")]


def word_weights(themes: list[list[int]], stems: list[set[str]]) -> list[dict[str, float]]:
    """Per theme: stem -> how typical of the theme it is (0 when no more than elsewhere)."""
    n = max(1, len(stems))
    overall = Counter(w for s in stems for w in s)
    out = []
    for members in themes:
        inside = Counter(w for m in members for w in stems[m])
        size = max(1, len(members))
        weights = {}
        for word, count in inside.items():
            if count < min(MIN_USES, size):
                continue
            share, base = count / size, overall[word] / n
            lift = math.log(share / base) if base else 0.0
            weights[word] = share ** SHARE_POWER * (max(lift, 0.0) + TOPIC_BONUS)
        out.append(weights)
    return out


def spans(text: str) -> list[tuple[list[str], bool]]:
    """Candidate word spans of a point (words as written, whether it opens its clause)."""
    found = []
    for clause in CLAUSE.split(" ".join(text.split())):
        clause = WISH.sub("", LEAD.sub("", clause.strip()))
        words = WORD.findall(clause)
        for i in range(len(words)):
            if words[i].lower() in EDGE_WORDS or words[i].lower() in PRONOUNS:
                continue
            if WHOLE_PHRASES and i and words[i - 1].lower() not in STOP_WORDS:
                continue  # "punishment is wrong" out of "capital punishment is wrong"
            for j in range(i + MIN_WORDS, min(len(words), i + MAX_WORDS) + 1):
                if WHOLE_PHRASES and j < len(words) and words[j].lower() not in STOP_WORDS:
                    continue  # "marriage is a sacred" out of "... a sacred institution"
                part = words[i:j]
                if part[-1].lower() in EDGE_WORDS or part[-1].lower() in DANGLING:
                    continue
                if any(w.lower() in PRONOUNS for w in part):
                    continue
                found.append((part, i == 0))
    return found


def span_score(words: list[str], opens: bool, weights: dict[str, float], support: int,
               size: int, paper: frozenset[str] = frozenset()) -> float:
    keys = {stem(w.lower()) for w in words if w.lower() not in STOP_WORDS}
    if not keys or keys <= paper | MOTION:
        return 0.0  # nothing but the paper's own words ("Mandatory retirement") names no theme
    if (len(words) > 2 and words[-2].lower() in ARTICLES
            and ADJECTIVE_END.search(words[-1].lower())):
        return 0.0
    if END_SHARED and not weights.get(stem(words[-1].lower())):
        return 0.0  # a heading ends on a word the points share, not on a stray one
    value = sum(weights.get(k, 0.0) for k in keys)
    value *= (1 + support / max(size, 1)) * (START_BONUS if opens else 1.0)
    return value / len(words) ** LENGTH_POWER


def candidates(members: list[int], texts: list[str], weights: dict[str, float],
               lowered: list[str], paper: frozenset[str] = frozenset()) -> list[str]:
    """The theme's best spans by word score, best first, without repeats.

    A span's score is its score without support times (1 + support / size), at most twice
    it; so spans are counted (how many points hold them, the costly part) best first, and
    counting stops once no span left could reach the PRESELECT best already counted."""
    scored: dict[str, tuple[float, str]] = {}
    opening: set[str] = set()
    found = []
    for m in members:
        for part, opens in spans(texts[m]):
            phrase = " ".join(part)
            key = phrase.lower()
            if key in scored:
                continue
            scored[key] = (0.0, phrase)
            found.append((span_score(part, opens, weights, 0, len(members), paper), key, phrase))
            if opens:
                opening.add(phrase)
    found.sort(key=lambda f: -f[0])
    best: list[float] = []  # a min-heap of the PRESELECT best scores so far
    for base, key, phrase in found:
        if len(best) >= PRESELECT and 2 * base < best[0]:
            break
        support = sum(1 for i in members if key in lowered[i])
        score = base * (1 + support / max(len(members), 1))
        scored[key] = (score, phrase)
        heapq.heappush(best, score)
        if len(best) > PRESELECT:
            heapq.heappop(best)
    ranked = sorted(scored.values(), key=lambda sp: (-sp[0], sp[1]))
    pool = Pool(phrase for score, phrase in ranked[:PRESELECT] if score > 0)
    pool.opening = opening
    return pool


class Pool(list):
    """A theme's candidate spans, best first; `opening`: those that open their clause."""

    opening: set[str] = set()


def consensus(pool: list[str], mine: list[int], held: Texts) -> list[tuple[float, str]]:
    """The pool's best CANDIDATES spans, with their scores: how many of each span's words,
    in its order, the theme's points hold on average (as ROUGE-L counts them), per word of
    span plus REF_LEN, so a span most of the theme's points would recognise wins; a span
    that opens its clause (names its subject) and a fuller span earn a little more."""
    scored = []
    for rank, phrase in enumerate(pool):
        tokens = word_tokens(phrase)
        value = SHARE_WEIGHT * held.mean_lcs(tokens, mine) / (len(tokens) + REF_LEN)
        value += OPENS_BONUS * (phrase in pool.opening) + FULL_BONUS * min(len(tokens), FULL)
        scored.append((-value, rank, phrase))
    return [(-score, phrase) for score, _, phrase in sorted(scored)[:CANDIDATES]]


def choose_labels(themes: list[list[int]], texts: list[str], emb: np.ndarray, embed,
                  mean: np.ndarray) -> list[str]:
    """One label per theme (same order), each a phrase from its own points.

    emb: the points' centred unit vectors; embed: the embedder that made them (texts ->
    vectors); mean: the raw mean vector removed when centring them.
    """
    from .lexical import tokens

    stems = [set(tokens(t)) for t in texts]
    weights = word_weights(themes, stems)
    lowered = [" ".join(WORD.findall(t)).lower() for t in texts]
    typical = [central_order(m, emb)[:POOL] for m in themes]
    counts = Counter(w for s in stems for w in s)
    paper = frozenset(w for w, c in counts.items() if c >= PAPER_SHARE * max(1, len(texts)))
    held = Texts(texts)
    pools = [consensus(candidates(m, texts, w, lowered, paper), members, held)
             for m, w, members in zip(typical, weights, themes, strict=True)]
    flat = [p for pool in pools for _, p in pool]
    centres = np.stack([emb[m].mean(axis=0) for m in themes]) if themes else np.zeros((0, 1))
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-12)
    vectors = {}
    if flat and embed is not None and EMBED_WEIGHT:
        raw = np.asarray(embed(flat), dtype=np.float64) - mean
        raw /= np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-12)
        vectors = dict(zip(flat, raw, strict=True))
    owner = {m: t for t, members in enumerate(themes) for m in members}
    labels, used = [], set()
    for t, pool in enumerate(pools):
        foreign = [lowered[i] for i in range(len(texts)) if owner.get(i) != t]
        best, best_score = None, -math.inf
        for score, phrase in pool:
            key = " ".join(WORD.findall(phrase)).lower()
            if phrase.lower() in used or (FOREIGN_CHECK and any(key in t for t in foreign)):
                continue  # it would name (a point of) another theme
            if phrase in vectors:
                near = centres @ vectors[phrase]
                if NEAREST_ONLY and len(themes) > 1 and int(np.argmax(near)) != t:
                    continue  # closer to another theme: it would name that one
                score += EMBED_WEIGHT * float(near[t])
            if score > best_score:
                best, best_score = phrase, score
        if best is None:  # every span sat nearer another centre: take the best by its words
            best = next((p for _, p in pool if p.lower() not in used), None)
        label = heading(best) if best else fallback(themes[t], texts)
        used.add(label.lower())
        labels.append(label)
    return labels


def heading(phrase: str) -> str:
    phrase = phrase.strip(" -–—'’")
    return phrase[:1].upper() + phrase[1:] if phrase else "Other points"


def fallback(members: list[int], texts: list[str]) -> str:
    """The first words of the theme's first point, when none of its points gives a span."""
    words = WORD.findall(texts[members[0]])[:MAX_WORDS] if members else []
    while words and words[-1].lower() in EDGE_WORDS:
        words.pop()
    return heading(" ".join(words)) if len(words) >= MIN_WORDS else "Other points"
