"""Whether a row of the minutes is confidential in effect: its `sealed` flag.

A clerk marks an item, an entry, an action or a decision confidential. What is confidential
in effect is more: everything under a marked item, at any depth, and every action and
decision an entry under it raised. That is stored in `sealed` on each row, so that every
reader (pages, search, exports, feeds, API, open data) can filter on one column, and this
module is the one place that sets it.

It is recomputed a whole meeting at a time, which costs a handful of queries, whenever a row
is saved or deleted (signals), updated or created in bulk (SealedQuerySet), imported or
restored (reseal_all). Reads never work it out again.
"""

import threading
from contextlib import contextmanager

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import Signal, receiver

from minutebook.meetings.models import Action, AgendaItem, Decision, MinuteEntry

# Sent after stored flags changed: changed={"items": {...}, "entries": {...}, ...} (pks).
seals_changed = Signal()


def meetings_of(qs) -> set[int]:
    """The meetings the rows of a queryset belong to, through their own paths."""
    model = qs.model
    paths = [qs.MEETING] if getattr(qs, "MEETING", "") else []
    if model in (Action, Decision):
        paths.append("entry__item__meeting_id")
    found = set()
    for path in paths:
        found |= {m for m in qs.order_by().values_list(path, flat=True).distinct() if m}
    return found


_held = threading.local()


@contextmanager
def deferred():
    """Reseal each meeting once, at the end of a block that writes many of its rows.

    An import creates a meeting's items, entries, actions and decisions one table at a time;
    resealing after each would redo the whole meeting dozens of times. Readers inside the
    block may see stale flags; the block's end (still inside its transaction) puts them right.
    """
    if getattr(_held, "meetings", None) is not None:
        yield
        return
    _held.meetings = set()
    try:
        yield
        meetings, _held.meetings = _held.meetings, None
        reseal(meetings)
    finally:
        _held.meetings = None


def reseal(meeting_ids) -> dict[str, set[int]]:
    """Recompute `sealed` on every row of these meetings; return what changed."""
    changed = {"items": set(), "entries": set(), "actions": set(), "decisions": set()}
    todo = {m for m in meeting_ids if m}
    if getattr(_held, "meetings", None) is not None:
        _held.meetings |= todo
        return changed
    done: set[int] = set()
    while todo:
        done |= todo
        items = _reseal_items(todo, changed["items"])
        entries = _reseal_entries(todo, items, changed["entries"])
        _reseal_raised(Action, todo, entries, changed["actions"])
        _reseal_raised(Decision, todo, entries, changed["decisions"])
        # An item's children belong to its meeting, but the database does not insist.
        todo = set(AgendaItem._base_manager.filter(parent_id__in=changed["items"])
                   .exclude(meeting_id__in=done).values_list("meeting_id", flat=True)) - done
    if any(changed.values()):
        seals_changed.send(sender=AgendaItem, changed=changed)
    return changed


def reseal_all(batch: int = 200) -> dict[str, set[int]]:
    """Every meeting: after a restore, an open-data import or a raw load."""
    from minutebook.meetings.models import Meeting

    total = {"items": set(), "entries": set(), "actions": set(), "decisions": set()}
    ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        for key, pks in reseal(ids[start:start + batch]).items():
            total[key] |= pks
    return total


def _store(model, rows: dict[int, tuple[bool, bool]], changed: set[int]) -> None:
    """rows: pk -> (stored, wanted)."""
    for value in (True, False):
        pks = [pk for pk, (stored, wanted) in rows.items() if stored != wanted and wanted == value]
        if pks:
            model._base_manager.filter(pk__in=pks).update(sealed=value)
            changed.update(pks)


def _reseal_items(meeting_ids, changed) -> dict[int, bool]:
    rows = {pk: (parent, own, stored) for pk, parent, own, stored in
            AgendaItem._base_manager.filter(meeting_id__in=meeting_ids)
            .values_list("pk", "parent_id", "confidential", "sealed")}
    outside = {parent for parent, _, _ in rows.values() if parent and parent not in rows}
    known = dict(AgendaItem._base_manager.filter(pk__in=outside).values_list("pk", "sealed"))

    def wanted(pk, seen=()):
        if pk in known:
            return known[pk]
        parent, own, _ = rows[pk]
        if own:
            value = True
        elif parent is None or parent in seen:  # a loop in the tree ends the walk
            value = False
        else:
            value = wanted(parent, (*seen, pk))
        known[pk] = value
        return value

    result = {pk: wanted(pk) for pk in rows}
    _store(AgendaItem, {pk: (rows[pk][2], result[pk]) for pk in rows}, changed)
    return result


def _reseal_entries(meeting_ids, items, changed) -> dict[int, bool]:
    rows = {pk: (item, own, stored) for pk, item, own, stored in
            MinuteEntry._base_manager.filter(item__meeting_id__in=meeting_ids)
            .values_list("pk", "item_id", "confidential", "sealed")}
    result = {pk: own or items.get(item, False) for pk, (item, own, _) in rows.items()}
    _store(MinuteEntry, {pk: (rows[pk][2], result[pk]) for pk in rows}, changed)
    return result


def _reseal_raised(model, meeting_ids, entries, changed) -> None:
    """Actions and decisions: marked themselves, or raised by a sealed entry."""
    found = list(model._base_manager.filter(
        Q(meeting_id__in=meeting_ids) | Q(entry__item__meeting_id__in=meeting_ids))
        .values_list("pk", "entry_id", "confidential", "sealed"))
    outside = {e for _, e, _, _ in found if e and e not in entries}
    known = {**entries, **dict(MinuteEntry._base_manager.filter(pk__in=outside)
                               .values_list("pk", "sealed"))}
    rows = {pk: (stored, own or known.get(entry, False)) for pk, entry, own, stored in found}
    _store(model, rows, changed)


# Each save sets its own row's flag before it is written, so that whatever reads the saved
# instance at once (the search index) reads it right; the rest of the meeting follows after.

@receiver(pre_save, sender=AgendaItem)
def item_flag(sender, instance, **kwargs):
    if kwargs.get("raw"):  # a restore or fixture: reseal_all() follows it
        return
    parent = (AgendaItem._base_manager.filter(pk=instance.parent_id)
              .values_list("sealed", flat=True).first()) if instance.parent_id else False
    instance.sealed = bool(instance.confidential or parent)
    if instance.pk:
        instance._meeting_before = (AgendaItem._base_manager.filter(pk=instance.pk)
                                    .values_list("meeting_id", flat=True).first())


@receiver(pre_save, sender=MinuteEntry)
def entry_flag(sender, instance, **kwargs):
    if kwargs.get("raw"):  # a restore or fixture: reseal_all() follows it
        return
    item = (AgendaItem._base_manager.filter(pk=instance.item_id)
            .values_list("sealed", flat=True).first())
    instance.sealed = bool(instance.confidential or item)
    if instance.pk:
        instance._item_before = (MinuteEntry._base_manager.filter(pk=instance.pk)
                                 .values_list("item_id", flat=True).first())


@receiver(pre_save, sender=Action)
@receiver(pre_save, sender=Decision)
def raised_flag(sender, instance, **kwargs):
    if kwargs.get("raw"):  # a restore or fixture: reseal_all() follows it
        return
    entry = (MinuteEntry._base_manager.filter(pk=instance.entry_id)
             .values_list("sealed", flat=True).first()) if instance.entry_id else False
    instance.sealed = bool(instance.confidential or entry)


@receiver(post_save, sender=AgendaItem)
@receiver(post_save, sender=MinuteEntry)
@receiver(post_delete, sender=AgendaItem)
@receiver(post_delete, sender=MinuteEntry)
def row_changed(sender, instance, **kwargs):
    """An item or entry passes its flag down: to the items, entries, actions and decisions
    under it. An action or decision has nothing under it, and its pre_save set its flag."""
    if kwargs.get("raw"):
        return
    if sender is AgendaItem:
        meetings = {instance.meeting_id, getattr(instance, "_meeting_before", None)}
    else:
        meetings = set(AgendaItem._base_manager.filter(
            pk__in=[instance.item_id, getattr(instance, "_item_before", None)])
            .values_list("meeting_id", flat=True))
    reseal(meetings)


@receiver(pre_delete, sender=MinuteEntry)
def keep_what_it_raised_confidential(sender, instance, **kwargs):
    """An action or decision outlives the entry that raised it, and keeps its secrecy."""
    if instance.sealed:
        for model in (Action, Decision):
            model._base_manager.filter(entry=instance, confidential=False).update(
                confidential=True, sealed=True)
