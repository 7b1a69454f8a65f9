"""Propose a meeting's agenda from the body's forward plan and what is still open."""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from minutebook.meetings.models import (
    Action,
    AgendaItem,
    AgendaRequest,
    AgendaStatus,
    ItemKind,
    Meeting,
    MinutesStatus,
)


@dataclass
class Proposal:
    title: str
    kind: str
    children: list["Proposal"] = field(default_factory=list)
    request: AgendaRequest | None = None
    confidential: bool = False


def previous_meeting(meeting: Meeting) -> Meeting | None:
    return (
        Meeting.objects.filter(body=meeting.body, start__lt=meeting.start)
        .exclude(status="cancelled").order_by("-start").first()
    )


def matters_arising(meeting: Meeting) -> list[Proposal]:
    """Open actions from earlier meetings, then items the body keeps under review."""
    actions = Action.objects.open().filter(
        meeting__body=meeting.body, meeting__start__lt=meeting.start
    ).prefetch_related("owners").order_by("meeting__start", "pk")
    found = [Proposal(f"{a.text} ({a.owner_label or 'no owner named'})", ItemKind.MATTERS_ARISING,
                      confidential=a.sealed) for a in actions]
    reviewed = AgendaItem.objects.filter(
        meeting__body=meeting.body, meeting__start__lt=meeting.start, kept_under_review=True
    ).order_by("title").values_list("title", "sealed").distinct()
    found += [Proposal(f"{title} (kept under review)", ItemKind.MATTERS_ARISING,
                       confidential=confidential) for title, confidential in reviewed]
    return found


def still_live(meeting: Meeting) -> tuple[AgendaItem | None, list[Proposal]]:
    """An agenda made without the live actions (imported, or written by hand): its matters
    arising item, and what is still live to go under it; nothing once it has sub-items."""
    item = meeting.agenda_items.filter(kind=ItemKind.MATTERS_ARISING, parent=None).first()
    if item is None or item.children.exists():
        return item, []
    return item, matters_arising(meeting)


@transaction.atomic
def carry_in(meeting: Meeting) -> int:
    """Put what is still live under the agenda's matters arising item. Returns how many."""
    item, live = still_live(meeting)
    if not live:
        return 0
    meeting.agenda_items.filter(order__gt=item.order).update(order=F("order") + len(live))
    for m, p in enumerate(live, start=1):  # one by one: each is indexed for search as saved
        AgendaItem.objects.create(
            meeting=meeting, parent=item, number=f"{item.number}.{m}".lstrip("."),
            title=p.title[:300], kind=p.kind, order=item.order + m, confidential=p.confidential)
    return len(live)


def propose(meeting: Meeting) -> list[Proposal]:
    body = meeting.body
    items = [Proposal(s.title, s.kind or ItemKind.STANDING)
             for s in body.standing_items.filter(active=True)]
    last = previous_meeting(meeting)
    if last is not None:
        items.append(Proposal(f"Minutes of the meeting of {timezone.localtime(last.start):%-d %B %Y}",
                              ItemKind.LAST_MINUTES))
    items.append(Proposal("Matters arising", ItemKind.MATTERS_ARISING, matters_arising(meeting)))
    for request in AgendaRequest.objects.filter(body=body, meeting=None):
        items.append(Proposal(request.title, ItemKind.SUBSTANTIVE, request=request))
    items.append(Proposal("Any other business", ItemKind.AOB))
    items.append(Proposal("Dates of future meetings", ItemKind.FUTURE_DATES))
    return items


@transaction.atomic
def create_agenda(meeting: Meeting) -> list[AgendaItem]:
    """Turn the proposal into the meeting's agenda items, numbered in order."""
    if meeting.agenda_items.exists():
        return list(meeting.agenda_items.all())
    order = 0
    for n, proposal in enumerate(propose(meeting), start=1):
        order += 1
        parent = AgendaItem.objects.create(
            meeting=meeting, number=str(n), title=proposal.title[:300], kind=proposal.kind,
            order=order,
        )
        for m, child in enumerate(proposal.children, start=1):
            order += 1
            AgendaItem.objects.create(
                meeting=meeting, parent=parent, number=f"{n}.{m}", title=child.title[:300],
                kind=child.kind, order=order, confidential=child.confidential,
            )
        if proposal.request is not None:
            proposal.request.meeting = meeting
            proposal.request.save(update_fields=["meeting"])
    meeting.agenda_status = AgendaStatus.DRAFT
    if meeting.minutes_status == MinutesStatus.NONE:
        meeting.save(update_fields=["agenda_status"])
    return list(meeting.agenda_items.all())


@transaction.atomic
def move_item(item: AgendaItem, offset: int):
    """Swap an item with its neighbour among its siblings, then renumber the agenda."""
    siblings = list(AgendaItem.objects.filter(meeting=item.meeting, parent=item.parent_id)
                    .order_by("order", "pk"))
    i = next(n for n, s in enumerate(siblings) if s.pk == item.pk)
    j = i + offset
    if not 0 <= j < len(siblings):
        return
    siblings[i], siblings[j] = siblings[j], siblings[i]
    for k, sibling in enumerate(siblings):
        sibling.order = k
        sibling.save(update_fields=["order"])
    renumber(item.meeting)


def renumber(meeting):
    """Give every item its order and dotted number from its place in the tree."""
    counter = [0]

    def walk(parent, prefix):
        children = AgendaItem.objects.filter(meeting=meeting, parent=parent).order_by("order", "pk")
        for n, item in enumerate(list(children), start=1):
            counter[0] += 1
            item.order, item.number = counter[0], f"{prefix}{n}"
            item.save(update_fields=["order", "number"])
            walk(item, f"{item.number}.")

    walk(None, "")
