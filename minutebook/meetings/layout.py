"""Lay out a meeting's minutes as the clerk's document does: heading, text, ACTION column."""

from dataclasses import dataclass, field

from django.db.models import Prefetch

from minutebook.meetings.models import Action, AgendaItem, Amendment, MinuteEntry

# Lists on each entry rather than prefetched managers: for those, Django builds a queryset per
# entry, which cost a meeting page more than its queries did.
# Orderings name columns, not relations: ordering by a relation joins its table to sort by
# that model's own ordering, which for one meeting's rows changes nothing.
ENTRY_DETAILS = (
    Prefetch("speakers", to_attr="speaker_list"),
    Prefetch("actions", Action.objects.order_by("pk").prefetch_related(
        Prefetch("owners", to_attr="owner_list")), to_attr="action_list"),
    Prefetch("amendments", Amendment.objects.select_related("approval__approved_at")
             .order_by("created", "pk"), to_attr="amendment_list"),
)


@dataclass
class Row:
    item: AgendaItem
    depth: int
    entries: list = field(default_factory=list)
    withheld: int = 0


def minutes_layout(meeting, show_confidential: bool) -> list[Row]:
    """Items in agenda order, depth-first, each with the entries this viewer may read.

    Entries this viewer may not read are left out of the rows; a row only counts how many
    were withheld, so the page can say so. Each entry carries speaker_list, action_list (each
    action its owner_list) and amendment_list.
    """
    items = list(AgendaItem.objects.filter(meeting_id=meeting.pk).order_by("order", "pk"))
    by_pk = {item.pk: item for item in items}
    entries = {}
    found = MinuteEntry.objects.filter(item_id__in=list(by_pk)).order_by("order", "pk")
    for entry in found.prefetch_related(*ENTRY_DETAILS):
        entry.item = by_pk[entry.item_id]
        entries.setdefault(entry.item_id, []).append(entry)
    children = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)

    rows: list[Row] = []

    def walk(parent_id, depth):
        for item in children.get(parent_id, []):
            mine = entries.get(item.pk, [])
            if item.sealed and not show_confidential:
                rows.append(Row(item=item, depth=depth, withheld=max(len(mine), 1)))
                continue
            visible = [e for e in mine if show_confidential or not e.sealed]
            rows.append(Row(item=item, depth=depth, entries=visible, withheld=len(mine) - len(visible)))
            walk(item.pk, depth + 1)

    walk(None, 0)
    return rows

