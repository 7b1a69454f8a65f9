"""What an import made of a folder: each document counted by its class and its outcome."""

from collections import Counter
from dataclasses import dataclass, field

CLASSES = [("minutes", "minutes"), ("agenda", "agendas"), ("paper", "papers"),
           ("", "unread")]
# A document imported with warnings is imported, but the clerk should look at it.
OUTCOMES = [("imported", "imported"), ("needs_review", "needs review"),
            ("needs_date", "needs a date"), ("unchanged", "already imported"),
            ("failed", "failed")]


def outcome_of(outcome) -> str:
    if outcome.status == "imported" and outcome.warnings:
        return "needs_review"
    return outcome.status


@dataclass
class Tally:
    cells: Counter = field(default_factory=Counter)
    actions: int = 0
    decisions: int = 0
    people: int = 0
    failures: list[str] = field(default_factory=list)
    to_review: list = field(default_factory=list)  # the outcomes to look at, in order

    def add(self, outcome) -> None:
        kind = outcome.kind if outcome.kind in dict(CLASSES) else ""
        status = outcome_of(outcome)
        self.cells[status, kind] += 1
        self.actions += outcome.actions
        self.decisions += outcome.decisions
        self.people += outcome.people
        if status == "failed":
            self.failures.append(outcome.error)
        elif status in ("needs_review", "needs_date"):
            self.to_review.append(outcome)

    def placed(self, outcome) -> None:
        """A paper found its meeting once the rest of the folder was in."""
        self.cells["needs_review", outcome.kind] -= 1
        self.cells["imported", outcome.kind] += 1
        self.to_review.remove(outcome)

    def count(self, status: str) -> int:
        return sum(n for (s, _), n in self.cells.items() if s == status)

    @property
    def total(self) -> int:
        return sum(self.cells.values())

    def table(self) -> list[str]:
        """Rows by outcome, columns by class; empty rows and columns left out."""
        kinds = [(k, label) for k, label in CLASSES
                 if any(self.cells[s, k] for s, _ in OUTCOMES)]
        rows = [(label, [self.cells[s, k] for k, _ in kinds]) for s, label in OUTCOMES
                if any(self.cells[s, k] for k, _ in kinds)]
        if not rows:
            return []
        first = max(len(label) for label, _ in rows)
        widths = [max(len(label), 3) for _, label in kinds]
        head = " " * first + "  " + "  ".join(f"{label:>{w}}" for (_, label), w in
                                              zip(kinds, widths, strict=True))
        lines = [head]
        for label, counts in rows:
            lines.append(f"{label:<{first}}  " + "  ".join(
                f"{n or '-':>{w}}" for n, w in zip(counts, widths, strict=True)))
        return lines
