"""Turn records into search documents, one at a time (signals) or all at once (reindex)."""

from collections.abc import Iterator

from django.db import transaction

from minutebook.consultations.models import Point
from minutebook.meetings.models import Action, Decision, MinuteEntry
from minutebook.search.models import Kind, SearchDocument

# Snippets mark matches with these, so that the text can be escaped before <mark> goes in.
MARK_START, MARK_END = "\ue000", "\ue001"


def clean(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


def id_list(people) -> str:
    ids = sorted(p.pk for p in people)
    return f" {' '.join(map(str, ids))} " if ids else ""


def entry_fields(entry: MinuteEntry) -> dict:
    item = entry.item
    text = entry.text
    if entry.attribution and not entry.leads_with_attribution:
        text = f"{entry.attribution}: {text}"
    return {
        "body_id": item.meeting.body_id,
        "meeting_id": item.meeting_id,
        "confidential": entry.sealed,
        "person_ids": id_list(entry.speakers.all()),
        "title": clean(str(item))[:400],
        "text": clean(text),
    }


def action_fields(action: Action) -> dict:
    return {
        "body_id": action.meeting.body_id,
        "meeting_id": action.meeting_id,
        "confidential": action.sealed,
        "person_ids": id_list(action.owners.all()),
        "title": clean(f"Action: {action.owner_label}".rstrip(": "))[:400],
        "text": clean(action.text),
    }


def decision_fields(decision: Decision) -> dict:
    return {
        "body_id": decision.meeting.body_id,
        "meeting_id": decision.meeting_id,
        "confidential": decision.sealed,
        "person_ids": "",
        "title": "Decision",
        "text": clean(decision.text),
    }


def point_fields(point: Point) -> dict:
    response = point.response
    # A point taken from minutes is found by those who may read its entry, and no one else;
    # one typed in has no minutes behind it, so only the responding body's members find it.
    entry = point.entry
    return {
        "body_id": entry.item.meeting.body_id if entry else response.body_id,
        "meeting_id": entry.item.meeting_id if entry else None,
        "confidential": bool(point.confidential or (entry and entry.sealed)),
        "consultation_id": response.consultation_id,
        "person_ids": "",
        "title": clean(response.consultation.title)[:400],
        "text": clean(point.text),
    }


SOURCES = {
    Kind.ENTRY: (
        MinuteEntry.objects.select_related("item__meeting").prefetch_related("speakers"),
        entry_fields,
    ),
    Kind.ACTION: (
        Action.objects.select_related("meeting").prefetch_related("owners"),
        action_fields,
    ),
    Kind.DECISION: (Decision.objects.select_related("meeting"), decision_fields),
    Kind.POINT: (
        Point.objects.select_related("response__consultation", "entry__item__meeting"),
        point_fields,
    ),
}


def index(kind: str, obj) -> None:
    fields = SOURCES[kind][1](obj)
    doc = SearchDocument.objects.filter(kind=kind, object_id=obj.pk).first()
    if doc is None:
        SearchDocument.objects.create(kind=kind, object_id=obj.pk, **fields)
    elif any(stored(doc, name) != plain(value) for name, value in fields.items()):
        SearchDocument.objects.filter(pk=doc.pk).update(**fields)
    # else unchanged: no write, so no page that shows it goes stale (a tracker update saves
    # the action, whose words and readers stay as they were).


def stored(doc, name: str):
    field = doc._meta.get_field(name)
    return getattr(doc, field.attname)


def plain(value):
    """A related row as its key, as the document stores it."""
    return getattr(value, "pk", value)


def index_all(kind: str, queryset) -> None:
    for obj in queryset:
        index(kind, obj)


def index_batch(kind: str, pks) -> None:
    """Index the records of kind with these keys: new documents in one insert."""
    queryset, fields = SOURCES[kind]
    records = list(queryset.filter(pk__in=pks))
    existing = set(SearchDocument.objects.filter(kind=kind, object_id__in=[r.pk for r in records])
                   .values_list("object_id", flat=True))
    fresh = []
    for record in records:
        if record.pk in existing:
            SearchDocument.objects.filter(kind=kind, object_id=record.pk).update(**fields(record))
        else:
            fresh.append(SearchDocument(kind=kind, object_id=record.pk, **fields(record)))
    SearchDocument.objects.bulk_create(fresh)


def unindex(kind: str, pk) -> None:
    SearchDocument.objects.filter(kind=kind, object_id=pk).delete()


def record_count() -> int:
    return sum(qs.count() for qs, _ in SOURCES.values())


def rebuild(batch: int = 500) -> Iterator[int]:
    """Empty the index and fill it again, yielding how many records each step covered."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        for kind, (qs, fields) in SOURCES.items():
            docs = []
            for obj in qs.order_by("pk").iterator(chunk_size=batch):
                docs.append(SearchDocument(kind=kind, object_id=obj.pk, **fields(obj)))
                if len(docs) == batch:
                    SearchDocument.objects.bulk_create(docs)
                    yield len(docs)
                    docs = []
            SearchDocument.objects.bulk_create(docs)
            yield len(docs)
