"""How much of a short phrase a text holds in order: the longest common subsequence of words.

A heading that names what a theme's points share has its words, in its order, in many of
them, and in few points of other themes. ``Texts`` keeps each text's word positions as bit
masks, so the LCS of a phrase with every text costs a few integer operations per phrase word
(Hyyrö's bit-parallel LCS), not a table per pair.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return TOKEN.findall(text.lower().replace("’", "'"))


class Texts:
    """Word-position masks of a list of texts, for LCS against many phrases."""

    def __init__(self, texts: list[str]):
        self.masks: list[dict[str, int]] = []
        self.full: list[int] = []
        for text in texts:
            masks: dict[str, int] = {}
            tokens = words(text)
            for i, w in enumerate(tokens):
                masks[w] = masks.get(w, 0) | (1 << i)
            self.masks.append(masks)
            self.full.append((1 << len(tokens)) - 1)

    def lcs(self, phrase: list[str], index: int) -> int:
        """Length of the longest common word subsequence of `phrase` and text `index`."""
        masks, full = self.masks[index], self.full[index]
        v = full
        for w in phrase:
            u = v & masks.get(w, 0)
            if u:
                v = ((v + u) | (v - u)) & full
        return full.bit_count() - v.bit_count()

    def mean_lcs(self, phrase: list[str], indices: list[int]) -> float:
        if not indices:
            return 0.0
        return sum(self.lcs(phrase, i) for i in indices) / len(indices)
