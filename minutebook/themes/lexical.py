"""TF-IDF rows for short points, without scikit-learn (its import alone costs ~1.5 s a run).

Words are lower-cased, stop words dropped and lightly stemmed ("legalising", "legalised",
"legalise" -> "legalis") so that different forms of a word count as the same word. Weights:
sublinear tf (1 + ln tf), smoothed idf (ln((1 + n) / (1 + df)) + 1), rows L2-normalised. Words
in more than MAX_DF of the points are dropped: they name the paper, not a theme.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np

MAX_DF = 0.3
MIN_DROP_DF = 5  # small inputs keep every word
WORD = re.compile(r"[a-z][a-z']+")

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each either else etc even ever every few for from further get gets got had
hadn't has hasn't have haven't having he her here hers herself him himself his how however i if
in into is isn't it it's its itself just let's like may me might more most much must mustn't my
myself need no nor not now of off often on once one only or other others otherwise our ours
ourselves out over own per perhaps put rather really said same say says shall shan't she should
shouldn't since so some such than that that's the their theirs them themselves then there
there's these they this those though through thus to too under until up upon us very via was
wasn't we we're were weren't what when where whether which while who whom whose why will with
within without won't would wouldn't yet you your yours yourself yourselves
""".split())

SUFFIXES = ("ations", "ation", "ising", "izing", "ised", "ized", "ises", "izes", "ise", "ize",
            "ments", "ment", "ness", "ings", "ing", "ies", "ied", "ly", "ed", "es", "s")


@lru_cache(maxsize=65536)  # labels stem the same few thousand words again and again
def stem(word: str) -> str:
    word = word.replace("'", "")
    if word.endswith("ery") and len(word) >= 7:  # "delivery" meets "delivered": "deliver"
        return word[:-1]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word


def tokens(text: str) -> list[str]:
    return [stem(w) for w in WORD.findall(text.lower()) if w not in STOP_WORDS]


def tfidf(texts: list[str]):
    """Sparse CSR matrix (n points x vocabulary), rows of unit length (or zero)."""
    from scipy import sparse

    docs = [tokens(t) for t in texts]
    n = len(docs)
    df: dict[str, int] = {}
    for doc in docs:
        for word in set(doc):
            df[word] = df.get(word, 0) + 1
    limit = max(MAX_DF * n, MIN_DROP_DF)
    vocab = {w: i for i, w in enumerate(sorted(w for w, c in df.items() if c <= limit))}
    rows, cols, vals = [], [], []
    for r, doc in enumerate(docs):
        counts: dict[str, int] = {}
        for word in doc:
            if word in vocab:
                counts[word] = counts.get(word, 0) + 1
        weights = {w: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[w])) + 1)
                   for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        for word in sorted(weights):
            rows.append(r)
            cols.append(vocab[word])
            vals.append(weights[word] / norm)
    return sparse.csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)),
                             shape=(n, max(1, len(vocab))))
