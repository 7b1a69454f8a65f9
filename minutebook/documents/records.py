"""A parse's attendance, items, entries, actions and decisions, written as records in bulk.

An archive import writes tens of thousands of rows. Each table of a meeting goes in with one
bulk insert, so these rows send no save signals: confidentiality is resealed once for the
meeting (meetings.sealing), and the audit trail and search index are told of the new rows
here, in the same transaction.
"""

import re
from datetime import date

from minutebook.audit import recorder
from minutebook.bodies.models import Person, split_name
from minutebook.meetings import sealing
from minutebook.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Decision,
    EntryKind,
    ItemKind,
    MinuteEntry,
)
from minutebook.search import signals as search
from minutebook.search.models import Kind


class People:
    """Resolves written names and initials to Person records, creating people once."""

    def __init__(self, parsed: dict):
        self.initials = {k: v for k, v in (parsed.get("initials") or {}).items() if v}
        self.cache: dict[str, Person] = {}
        self.created = 0
        # Everyone the document names, looked up in one query rather than one a name.
        names = {" ".join((e.get("name") or "").split()) for key, _ in STATUS_KEYS
                 for e in parsed.get(key) or []} | {" ".join(n.split()) for n in self.initials.values()}
        self.known = Person.objects.named_many(n for n in names if n)

    def by_name(self, name: str) -> Person | None:
        name = " ".join(name.split())
        if not name:
            return None
        if name not in self.cache:
            found = self.known[name] if name in self.known else list(
                Person.objects.named(name)[:2])
            if len(found) == 1:
                self.cache[name] = found[0]
            else:
                title, given, family = split_name(name)
                if not family:
                    return None
                self.cache[name] = Person.objects.create(
                    title=title[:30], given_name=given[:100], family_name=family[:100]
                )
                self.created += 1
                # Another way of writing this name must now find this person: ask afresh.
                self.known = {n: v for n, v in self.known.items()
                              if split_name(n)[2].lower() != family.lower()}
        return self.cache[name]

    def by_reference(self, written: str) -> Person | None:
        """'RT' via the document's initials; a first name or full name via attendance."""
        if written in self.initials:
            return self.by_name(self.initials[written])
        matches = {
            person.pk: person for name, person in self.cache.items()
            if written in (name, name.split()[0], person.initials)
        }
        # Ambiguous references stay unresolved rather than guessed.
        return next(iter(matches.values())) if len(matches) == 1 else None


class Written:
    """What one import has made, for the audit trail and the search index at its end."""

    def __init__(self, meeting):
        self.meeting = meeting
        self.rows: list = []
        self.indexed: dict[str, list[int]] = {}

    def add(self, rows, kind: str | None = None):
        self.rows += rows
        if kind:
            self.indexed.setdefault(kind, []).extend(r.pk for r in rows)
        return rows

    def finish(self):
        sealing.reseal({self.meeting.pk})
        recorder.created_in_bulk(self.rows, meeting=self.meeting)
        for kind, pks in self.indexed.items():
            search.created_in_bulk(kind, pks)


STATUS_KEYS = [
    ("present", AttendanceStatus.PRESENT),
    ("apologies", AttendanceStatus.APOLOGIES),
    ("absent", AttendanceStatus.ABSENT),
]


def record_attendance(written: Written, parsed, people):
    seen, rows = set(), []
    for key, status in STATUS_KEYS:
        for entry in parsed.get(key) or []:
            person = people.by_name(entry.get("name") or "")
            if person is None or person.pk in seen:
                continue
            seen.add(person.pk)
            role = entry.get("role") or ""
            rows.append(Attendance(
                meeting=written.meeting, person=person, name_as_written=entry["name"][:200],
                role_as_written=role[:200],
                status=AttendanceStatus.IN_ATTENDANCE if "attendance" in role.lower() else status,
            ))
    written.add(Attendance.objects.bulk_create(rows))


ITEM_KINDS = [
    (r"^(minutes|previous minutes|minutes of the (last|previous) meeting)", ItemKind.LAST_MINUTES),
    (r"matters arising", ItemKind.MATTERS_ARISING),
    (r"urgent", ItemKind.URGENT),
    (r"any other business|^aob\b", ItemKind.AOB),
    (r"(dates?|schedule) of (future|next) meetings?|^next meeting", ItemKind.FUTURE_DATES),
    (r"apologies|membership|welcome|declarations? of interest", ItemKind.STANDING),
]

ENTRY_KINDS = {k.value for k in EntryKind}


# An agenda's items say what the meeting will do: "To approve the minutes", "To receive …".
_TO_DO = re.compile(r"^to (?:receive|approve|confirm|note|consider|agree|sign)(?: and \w+)?"
                    r"(?: the)?\s+")


def item_kind(title: str) -> str:
    lowered = _TO_DO.sub("", title.lower().strip())
    for pattern, kind in ITEM_KINDS:
        if re.search(pattern, lowered):
            return kind
    return ItemKind.SUBSTANTIVE


class Item:
    """One parsed item on its way to the database: its row, and whether it is secret in
    effect (marked, or under a marked item), as the parse says."""

    def __init__(self, raw: dict, parent: "Item | None", order: int, meeting):
        self.raw, self.parent = raw, parent
        self.depth = 0 if parent is None else parent.depth + 1
        self.secret = bool(raw.get("confidential")) or bool(parent and parent.secret)
        self.row = AgendaItem(
            meeting=meeting, order=order, number=(raw.get("number") or "")[:20],
            title=(raw.get("title") or "Untitled")[:300], kind=item_kind(raw.get("title") or ""),
            confidential=bool(raw.get("confidential")),
        )


def flatten(raws, meeting, parent=None, found=None) -> list[list[Item]]:
    """The item tree, level by level, numbered in reading order."""
    found = found if found is not None else []
    for raw in raws:
        item = Item(raw, parent, sum(map(len, found)) + 1, meeting)
        if len(found) <= item.depth:
            found.append([])
        found[item.depth].append(item)
        flatten(raw.get("children") or [], meeting, item, found)
    return found


def record_items(written: Written, raws, people) -> tuple[list, dict, dict]:
    """The item tree with its entries. Returns the items in reading order; the items by
    title (where titles repeat, secrecy wins); and the action entries by item title, so that
    each parsed action can be tied to the entry it came from (shown in the ACTION column)."""
    levels = flatten(raws, written.meeting)
    by_title: dict[str, Item] = {}
    for level in levels:  # a level's parents have their keys by now
        for item in level:
            item.row.parent = item.parent.row if item.parent else None
        written.add(AgendaItem.objects.bulk_create([i.row for i in level]))
    in_order = sorted((i for level in levels for i in level), key=lambda i: i.row.order)
    entries, speakers = [], []
    for item in in_order:
        if item.secret or item.row.title not in by_title:
            by_title[item.row.title] = item
        for n, entry in enumerate(item.raw.get("entries") or []):
            kind = entry.get("kind")
            made = MinuteEntry(
                item=item.row, order=n, text=entry.get("text") or "",
                kind=kind if kind in ENTRY_KINDS else EntryKind.DISCUSSION,
                attribution=" and ".join(entry.get("speakers") or [])[:200],
                confidential=bool(entry.get("confidential")),
            )
            entries.append(made)
            speakers.append([p for p in map(people.by_reference, entry.get("speakers") or [])
                             if p])
    written.add(MinuteEntry.objects.bulk_create(entries), Kind.ENTRY)
    link_people(MinuteEntry.speakers.through, "minuteentry", entries, speakers)
    action_entries: dict[str, list[MinuteEntry]] = {}
    for made in entries:
        if made.kind == EntryKind.ACTION:
            action_entries.setdefault(made.item.title, []).append(made)
    return in_order, by_title, action_entries


def link_people(through, field: str, rows, people_of_rows) -> None:
    links = {(row.pk, person.pk) for row, people in zip(rows, people_of_rows, strict=True)
             for person in people}
    through.objects.bulk_create(
        through(**{f"{field}_id": row, "person_id": person}) for row, person in sorted(links))


def record_future_dates(written: Written, parsed, items: list[Item]):
    """The next meetings the parse found, as entries of the dates item, unless it has some."""
    dates = parsed.get("next_meetings") or []
    found = next((i for i in items if i.row.kind == ItemKind.FUTURE_DATES), None)
    if not dates or found is None or found.raw.get("entries"):
        return
    item = found.row
    rows = []
    for raw in dates:
        try:
            day = date.fromisoformat(raw.get("date") or "")
        except ValueError:
            continue
        kind = f"{raw['kind'].capitalize()} meeting: " if raw.get("kind") else ""
        rows.append(MinuteEntry(item=item, order=len(rows), text=f"{kind}{day:%-d %B %Y}"))
    written.add(MinuteEntry.objects.bulk_create(rows), Kind.ENTRY)


def record_actions(written: Written, parsed, people, action_entries, by_title) -> int:
    rows, owners_of_rows = [], []
    for raw in parsed.get("actions") or []:
        pending = action_entries.get(raw.get("item") or "", [])
        item = by_title.get(raw.get("item") or "")
        named = [o for o in raw.get("owners") or [] if o]
        owners = [p for p in map(people.by_reference, named) if p]
        resolved = {people.by_reference(o) and o for o in named}
        due = raw.get("due")
        rows.append(Action(
            meeting=written.meeting, entry=pending.pop(0) if pending else None,
            text=raw.get("text") or "", due_date=due or None,
            owners_as_written=" & ".join(named)[:200],
            owner_groups=[o for o in named if o not in resolved],
            due_next_meeting=not due and "next meeting" in (raw.get("text") or "").lower(),
            # Under a confidential item, though written apart from it (an action table).
            confidential=bool(raw.get("confidential") or (item and item.secret)),
        ))
        owners_of_rows.append(owners)
    written.add(Action.objects.bulk_create(rows), Kind.ACTION)
    link_people(Action.owners.through, "action", rows, owners_of_rows)
    return len(rows)


def record_decisions(written: Written, parsed, by_title) -> int:
    rows = []
    for n, raw in enumerate(parsed.get("decisions") or []):
        item = by_title.get(raw.get("item") or "")
        rows.append(Decision(
            meeting=written.meeting, text=raw.get("text") or "", order=n,
            confidential=bool(raw.get("confidential") or (item and item.secret)),
        ))
    written.add(Decision.objects.bulk_create(rows), Kind.DECISION)
    return len(rows)
