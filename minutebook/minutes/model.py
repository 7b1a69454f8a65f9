"""Typed results of parsing one set of minutes, and their JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of entry recorded under an item, for the importer.
ENTRY_KINDS = ("discussion", "contribution", "decision", "action", "note", "nb")


@dataclass(frozen=True)
class Block:
    """One unit a reader produced, in document order.

    kind is "heading", "paragraph" or "row". A row carries its cells; its last
    cell may be an ACTION column. table numbers rows of the same table.
    """

    kind: str
    text: str = ""
    cells: tuple[str, ...] = ()
    level: int = 0
    table: int = -1


@dataclass
class Person:
    name: str
    initials: str | None = None
    role: str | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "initials": self.initials, "role": self.role}


@dataclass
class Entry:
    kind: str
    text: str
    speakers: list[str] = field(default_factory=list)
    confidential: bool = False

    def to_json(self) -> dict:
        return {"kind": self.kind, "text": self.text, "speakers": list(self.speakers),
                "confidential": self.confidential}


@dataclass
class Item:
    title: str
    number: str | None = None
    children: list[Item] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    confidential: bool = False

    def to_json(self) -> dict:
        return {"number": self.number, "title": self.title,
                "children": [c.to_json() for c in self.children],
                "entries": [e.to_json() for e in self.entries],
                "confidential": self.confidential}


@dataclass
class Action:
    text: str
    owners: list[str] = field(default_factory=list)
    due: str | None = None
    item: str | None = None
    confidential: bool = False
    mentions_next_meeting: bool = False

    def to_json(self) -> dict:
        return {"text": self.text, "owners": list(self.owners), "due": self.due,
                "item": self.item, "confidential": self.confidential}


@dataclass
class Decision:
    text: str
    item: str | None = None
    confidential: bool = False

    def to_json(self) -> dict:
        return {"text": self.text, "item": self.item, "confidential": self.confidential}


@dataclass
class Meeting:
    date: str
    kind: str | None = None

    def to_json(self) -> dict:
        return {"date": self.date, "kind": self.kind}


@dataclass
class ParsedMinutes:
    body: str | None = None
    title: str | None = None
    date: str | None = None
    venue: str | None = None
    present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    next_meetings: list[Meeting] = field(default_factory=list)
    initials: dict[str, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    confidential: list[dict] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    kind: str = "minutes"  # or "agenda", "paper": minutebook.minutes.kinds
    kind_why: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)  # pages read from a scan, from 1
    agenda: list[Item] = field(default_factory=list)  # an agenda's items, as it lists them

    def to_json(self) -> dict:
        """The object of `minutebook parse FILE --json` (FORMATS.md section 1).

        Extra keys: "confidential", markers of confidential material; "reviewed", the lines
        of an action review (earlier meetings' actions and what became of them); "kind" and
        "kind_why", whether the document is minutes, an agenda or another paper, and why;
        "ocr_pages", the pages whose text OCR read from a scanned image; "agenda", the items
        of a document read as an agenda, from its numbered lines (empty for minutes).
        """
        return {
            "body": self.body,
            "title": self.title,
            "date": self.date,
            "venue": self.venue,
            "present": [p.to_json() for p in self.present],
            "apologies": [p.to_json() for p in self.apologies],
            "absent": [p.to_json() for p in self.absent],
            "items": [i.to_json() for i in self.items],
            "actions": [a.to_json() for a in self.actions],
            "decisions": [d.to_json() for d in self.decisions],
            "next_meetings": [m.to_json() for m in self.next_meetings],
            "initials": dict(self.initials),
            "warnings": list(self.warnings),
            "confidential": [dict(c) for c in self.confidential],
            "reviewed": list(self.reviewed),
            "kind": self.kind,
            "kind_why": list(self.kind_why),
            "ocr_pages": list(self.ocr_pages),
            "agenda": [i.to_json() for i in self.agenda],
        }
