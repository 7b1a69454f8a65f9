"""Lay out a meeting's minutes as the clerk's document does: heading, text, ACTION column."""

from dataclasses import dataclass, field

from minutebook.meetings.models import Action, AgendaItem, Amendment, MinuteEntry

# Lists on each entry rather than prefetched managers: for those, Django builds a queryset per
# entry, which cost a meeting page more than its queries did. Fetched by hand, one query each
# for the whole meeting, rather than through prefetch_related, whose bookkeeping cost as much
# again as the queries. Orderings name columns, not relations: ordering by a relation joins
# its table to sort by that model's own ordering, which for one meeting's rows changes nothing.


# People in their model's own order, as the lists through the relation came.
PEOPLE_ORDER = ("person__family_name", "person__given_name", "person_id")


def attach_details(entries: list) -> None:
    """speaker_list, action_list (each action with its owner_list) and amendment_list."""
    by_pk = {e.pk: e for e in entries}
    for e in entries:
        e.speaker_list, e.action_list, e.amendment_list = [], [], []
    if not by_pk:
        return
    speakers = MinuteEntry.speakers.through.objects.filter(minuteentry_id__in=list(by_pk))
    for link in speakers.select_related("person").order_by(*PEOPLE_ORDER):
        by_pk[link.minuteentry_id].speaker_list.append(link.person)
    actions = {a.pk: a for a in Action.objects.filter(entry_id__in=list(by_pk)).order_by("pk")}
    for action in actions.values():
        action.owner_list = []
        by_pk[action.entry_id].action_list.append(action)
    if actions:
        owners = Action.owners.through.objects.filter(action_id__in=list(actions))
        for link in owners.select_related("person").order_by(*PEOPLE_ORDER):
            actions[link.action_id].owner_list.append(link.person)
    amendments = Amendment.objects.filter(entry_id__in=list(by_pk)).select_related(
        "approval__approved_at").order_by("created", "pk")
    for amendment in amendments:
        by_pk[amendment.entry_id].amendment_list.append(amendment)


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
    found = list(MinuteEntry.objects.filter(item_id__in=list(by_pk)).order_by("order", "pk"))
    attach_details(found)
    for entry in found:
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

