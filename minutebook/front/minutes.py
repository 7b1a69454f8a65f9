"""Lay out a meeting's minutes as the clerk's document does: heading, text, ACTION column."""

from dataclasses import dataclass, field

from minutebook.meetings.models import AgendaItem, MinuteEntry


@dataclass
class Row:
    item: AgendaItem
    depth: int
    entries: list = field(default_factory=list)
    withheld: int = 0


def minutes_layout(meeting, show_confidential: bool) -> list[Row]:
    """Items in agenda order, depth-first, each with the entries this viewer may read.

    Confidential entries are not loaded at all for viewers who may not see them; the row
    only counts how many were withheld, so the page can say so.
    """
    items = list(meeting.agenda_items.all())
    entries = {}
    found = MinuteEntry.objects.filter(item__meeting=meeting).order_by("item", "order", "pk")
    for entry in found.prefetch_related("speakers", "actions__owners", "amendments__approval__approved_at"):
        entries.setdefault(entry.item_id, []).append(entry)
    children = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)

    rows: list[Row] = []

    def walk(parent_id, depth):
        for item in children.get(parent_id, []):
            mine = entries.get(item.pk, [])
            if item.confidential and not show_confidential:
                rows.append(Row(item=item, depth=depth, withheld=max(len(mine), 1)))
                continue
            visible = [e for e in mine if show_confidential or not e.confidential]
            rows.append(Row(item=item, depth=depth, entries=visible, withheld=len(mine) - len(visible)))
            walk(item.pk, depth + 1)

    walk(None, 0)
    return rows

