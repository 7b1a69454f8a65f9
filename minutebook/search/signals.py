"""Keep search documents current as records change, in the same transaction as the change."""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from minutebook.consultations.models import Consultation, ConsultationResponse, Point
from minutebook.meetings.models import Action, AgendaItem, Decision, Meeting, MinuteEntry
from minutebook.meetings.sealing import seals_changed
from minutebook.search.indexing import SOURCES, index, index_all, index_batch, unindex
from minutebook.search.models import Kind, SearchDocument

RECORDS = {MinuteEntry: Kind.ENTRY, Action: Kind.ACTION, Decision: Kind.DECISION, Point: Kind.POINT}


def points_of(**lookup):
    return SOURCES[Kind.POINT][0].filter(**lookup)


def entries_of(**lookup):
    return SOURCES[Kind.ENTRY][0].filter(**lookup)


_batch = threading.local()


@contextmanager
def indexing_deferred():
    """Index what a block of writes touched once, at its end, inside its transaction.

    An import saves an entry, then its speakers, then its item, and each of those
    would index the entry again; deferred, each record is indexed once, in bulk.
    """
    if getattr(_batch, "pending", None) is not None:
        yield
        return
    _batch.pending = {}
    try:
        yield
        pending, _batch.pending = _batch.pending, None
        connection = transaction.get_connection()
        if not (connection.in_atomic_block and connection.needs_rollback):
            _flush(pending)  # a block set to roll back (a dry run) keeps nothing to index
    finally:
        _batch.pending = None


def _later(kind: str, pks) -> bool:
    pending = getattr(_batch, "pending", None)
    if pending is None:
        return False
    pending.setdefault(kind, set()).update(pks)
    return True


def created_in_bulk(kind: str, pks) -> None:
    """Rows made by bulk_create send no post_save: index them with the block, or at once."""
    pks = set(pks)
    if pks and not _later(kind, pks):
        index_batch(kind, pks)


def _flush(pending: dict) -> None:
    items = pending.pop("item", set())
    if items:
        entries = set(entries_of(item__in=items).values_list("pk", flat=True))
        pending.setdefault(Kind.ENTRY, set()).update(entries)
        pending.setdefault("entry_points", set()).update(entries)
    entry_points = pending.pop("entry_points", set())
    if entry_points:
        points = points_of(entry__in=entry_points).values_list("pk", flat=True)
        pending.setdefault(Kind.POINT, set()).update(points)
    for kind, pks in pending.items():
        index_batch(kind, pks)


@receiver(post_save, sender=MinuteEntry)
@receiver(post_save, sender=Action)
@receiver(post_save, sender=Decision)
@receiver(post_save, sender=Point)
def record_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if _later(RECORDS[sender], [instance.pk]):
        if sender is MinuteEntry:
            _later("entry_points", [instance.pk])
        return
    index(RECORDS[sender], instance)
    if sender is MinuteEntry:
        # Points taken from this entry share its confidentiality.
        index_all(Kind.POINT, points_of(entry=instance))


@receiver(post_delete, sender=MinuteEntry)
@receiver(post_delete, sender=Action)
@receiver(post_delete, sender=Decision)
@receiver(post_delete, sender=Point)
def record_deleted(sender, instance, **kwargs):
    unindex(RECORDS[sender], instance.pk)


@receiver(m2m_changed, sender=MinuteEntry.speakers.through)
@receiver(m2m_changed, sender=Action.owners.through)
def people_changed(sender, instance, action, reverse, pk_set, **kwargs):
    model, kind = (
        (MinuteEntry, Kind.ENTRY) if sender is MinuteEntry.speakers.through
        else (Action, Kind.ACTION)
    )
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear") and not _later(
                kind, [instance.pk]):
            index(kind, instance)
        return
    # From the person's side: remember what a clear touches, then re-index it afterwards.
    related = "speakers" if model is MinuteEntry else "owners"
    if action == "pre_clear":
        instance._search_cleared = list(
            model.objects.filter(**{related: instance}).values_list("pk", flat=True)
        )
    elif action in ("post_add", "post_remove", "post_clear"):
        pks = pk_set if action != "post_clear" else getattr(instance, "_search_cleared", [])
        if not _later(kind, pks):
            index_all(kind, SOURCES[kind][0].filter(pk__in=pks))


@receiver(post_save, sender=AgendaItem)
def item_saved(sender, instance, raw=False, **kwargs):
    # The item gives its entries their title, meeting and confidentiality.
    if not raw and not _later("item", [instance.pk]):
        entries = entries_of(item=instance)
        index_all(Kind.ENTRY, entries)
        index_all(Kind.POINT, points_of(entry__in=entries))


@receiver(post_save, sender=Meeting)
def meeting_saved(sender, instance, raw=False, created=False, **kwargs):
    # Status and date are read through the meeting; only a move to another body is copied.
    if not (raw or created):
        (
            SearchDocument.objects.filter(meeting=instance)
            .exclude(kind=Kind.POINT)
            .exclude(body_id=instance.body_id)
            .update(body_id=instance.body_id)
        )


@receiver(post_save, sender=ConsultationResponse)
def response_saved(sender, instance, raw=False, created=False, **kwargs):
    if not (raw or created):
        index_all(Kind.POINT, points_of(response=instance))


@receiver(post_save, sender=Consultation)
def consultation_saved(sender, instance, raw=False, created=False, **kwargs):
    if not (raw or created):
        index_all(Kind.POINT, points_of(response__consultation=instance))


@receiver(seals_changed)
def seals_moved(sender, changed, **kwargs):
    """Rows that became confidential in effect, or stopped being so, are indexed afresh."""
    entries = changed.get("entries") or set()
    if _later(Kind.ENTRY, entries):
        _later(Kind.ACTION, changed.get("actions") or set())
        _later(Kind.DECISION, changed.get("decisions") or set())
        _later("entry_points", entries)
        return
    index_all(Kind.ENTRY, entries_of(pk__in=entries))
    index_all(Kind.ACTION, SOURCES[Kind.ACTION][0].filter(pk__in=changed.get("actions") or []))
    index_all(Kind.DECISION,
              SOURCES[Kind.DECISION][0].filter(pk__in=changed.get("decisions") or []))
    index_all(Kind.POINT, points_of(entry__in=entries))
