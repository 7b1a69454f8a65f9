"""Short labels and attributed summaries for themes.

The label comes from the theme's most typical points (closest to its centre): the shortest of
the LABEL_CANDIDATES most central ones, trimmed to its first clause and a few words, as a
clerk titles a theme by a typical point put briefly. The
summary says who raised it ("All three forums felt that ...", "Primary Forum alone raised ...").
"""

from __future__ import annotations

import re

import numpy as np

LABEL_WORDS = 9
LABEL_CANDIDATES = 3
SUMMARY_WORDS = 40
NUMBERS = {2: "Both", 3: "All three", 4: "All four", 5: "All five", 6: "All six"}


def central_order(members: list[int], emb: np.ndarray) -> list[int]:
    """Members from most to least typical (closest to the theme's mean vector; stable)."""
    scores = emb[members] @ emb[members].mean(axis=0)
    return [members[i] for i in np.argsort(-scores, kind="stable")]


def label_index(members: list[int], emb: np.ndarray, texts: list[str]) -> int:
    """The shortest of the few most typical members (the more typical one on ties)."""
    top = central_order(members, emb)[:LABEL_CANDIDATES]
    return min(top, key=lambda m: (len(label_from_text(texts[m]).split()), top.index(m)))


def label_from_text(text: str) -> str:
    text = " ".join(text.split()).strip(" .;:,-\"'")
    first = re.split(r"(?<=[a-z])[.;:!?](?:\s|$)|,\s(?:and|but|so|because|which)\s", text)[0]
    words = first.split()
    label = " ".join(words[:LABEL_WORDS])
    if len(words) > LABEL_WORDS:
        label = label.rstrip(",;:") + " …"
    return label[:1].upper() + label[1:] if label else "Other points"


def sentence_from_text(text: str) -> str:
    words = " ".join(text.split()).strip().split()
    body = " ".join(words[:SUMMARY_WORDS]).rstrip(" .;:,")
    if len(words) > SUMMARY_WORDS:
        body += " …"
    if body and not (body[:2].isupper() or body.startswith("I ")):
        body = body[:1].lower() + body[1:]
    return body


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def attribution(groups: list[str], all_groups: list[str]) -> str:
    """Who raised a theme, as a clerk would put it."""
    if len(groups) == 1:
        return f"{groups[0]} alone raised that"
    if len(groups) == len(all_groups):
        word = NUMBERS.get(len(groups), "All")
        noun = collective_noun(all_groups)
        return f"{word} {noun} felt that"
    return f"{join_names(groups)} both felt that" if len(groups) == 2 else \
        f"{join_names(groups)} felt that"


def collective_noun(groups: list[str]) -> str:
    """'forums' when every group is called '... Forum', else 'bodies'."""
    last = {g.split()[-1].lower() for g in groups if g.split()}
    if len(last) == 1:
        word = last.pop()
        return word if word.endswith("s") else word + "s"
    return "bodies"


def summarise(texts: list[str], groups: list[str], all_groups: list[str], n_points: int) -> str:
    """One or two sentences: attribution, the central point, how many points."""
    lead = attribution(groups, all_groups)
    point = sentence_from_text(texts[0]) if texts else ""
    tail = "" if n_points < 2 else f" ({n_points} points)"
    return f"{lead} {point}.{tail}".replace("..", ".")
