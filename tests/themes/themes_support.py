"""Helpers for the themes tests: invented points and a cheap, deterministic embedder."""

import hashlib
import re

import numpy as np

DIM = 64

# A fictional county's forums answering a paper on school transport.
POINTS = [
    ("A1", "Oakfield Primary Forum", "The school buses arrive late every morning"),
    ("A2", "Oakfield Primary Forum", "Late buses mean pupils miss the start of lessons"),
    ("A3", "Oakfield Primary Forum", "Bus passes cost families too much money"),
    ("A4", "Oakfield Primary Forum", "The price of bus passes is too high for families"),
    ("A5", "Oakfield Primary Forum", "Walking routes to school lack safe crossings"),
    ("B1", "Oakfield Secondary Forum", "Buses arrive late and pupils miss lessons"),
    ("B2", "Oakfield Secondary Forum", "School buses are often late in the morning"),
    ("B3", "Oakfield Secondary Forum", "Families cannot afford the cost of bus passes"),
    ("B4", "Oakfield Secondary Forum", "Bus passes cost too much money for families"),
    ("B5", "Oakfield Secondary Forum", "Sixth form students need evening transport home"),
    ("C1", "Oakfield Special Schools Forum", "Wheelchair accessible minibuses are too few"),
    ("C2", "Oakfield Special Schools Forum", "Too few minibuses are wheelchair accessible"),
    ("C3", "Oakfield Special Schools Forum", "We need more wheelchair accessible minibuses"),
    ("C4", "Oakfield Special Schools Forum", "The school buses are late most mornings"),
    ("C5", "Oakfield Special Schools Forum", "Trained escorts must travel with vulnerable pupils"),
]


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2]


class FakeEmbedder:
    """Hashed bag of words: the same words give the same direction. Counts its calls."""

    def __init__(self):
        self.calls = 0
        self.texts = 0

    def __call__(self, texts):
        self.calls += 1
        self.texts += len(texts)
        return np.stack([self.vector(t) for t in texts]) if texts else np.zeros((0, DIM))

    @staticmethod
    def vector(text: str) -> np.ndarray:
        v = np.zeros(DIM)
        for w in words(text):
            h = int(hashlib.sha256(w.encode()).hexdigest(), 16)
            v[h % DIM] += 1.0 if (h >> 8) % 2 else -1.0
        norm = np.linalg.norm(v)
        return v / norm if norm else v


def write_csv(path, rows, header=("id", "group", "text")):
    import csv

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path
