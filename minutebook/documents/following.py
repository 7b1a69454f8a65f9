"""Imported actions followed from meeting to meeting, as the later minutes report them.

After an import, each imported meeting of the body is read in date order against the actions
raised before it (minutebook.minutes.followups does the reading). A report becomes a line of
the action's history at the meeting that made it, and sets its status; a task written again
stays one action. Imported actions from before the last imported meeting that nothing ever
reported on are marked "not followed up": kept for the record, no longer live.

Safe to run again: a report already recorded at a meeting is not recorded twice, and an
action the clerk has changed by hand is theirs, never touched here again.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F

from minutebook.audit import recorder
from minutebook.documents.models import Document, DocumentKind, DocumentStatus
from minutebook.meetings.models import Action, ActionStatus, ActionUpdate
from minutebook.minutes.followups import Earlier, follow
from minutebook.search.signals import indexing_deferred

# How many meetings back a report may reach for an action nothing has carried forward.
REACH = 6


@dataclass
class Followed:
    done: int = 0
    carried: int = 0
    dropped: int = 0
    merged: int = 0
    lapsed: int = 0
    links: list[tuple[int, int, str]] = field(default_factory=list)  # action, meeting, status

    @property
    def summary(self) -> str:
        return (f"{self.done} done, {self.carried} carried forward, {self.dropped} dropped, "
                f"{self.lapsed} not followed up")


@dataclass
class Tracked:
    action: Action
    number: int
    meeting_index: int
    reported: set[int]  # meetings whose reports are already recorded
    taken_over: bool  # the clerk changed it by hand

    @property
    def item(self) -> str | None:
        entry = self.action.entry
        return entry.item.number if entry and entry.item.number else None


def follow_body(body) -> Followed:
    """Follow every imported action of a body through its later imported minutes."""
    docs = list(Document.objects.filter(body=body, status=DocumentStatus.IMPORTED,
                                        kind=DocumentKind.MINUTES, meeting__isnull=False)
                .select_related("meeting").order_by("meeting__start", "pk"))
    meetings = []
    for doc in docs:
        if doc.parsed and (not meetings or meetings[-1][0].pk != doc.meeting_id):
            meetings.append((doc.meeting, doc.parsed))
    result = Followed()
    if len(meetings) < 2:
        return result
    # An action reported on at several meetings is saved each time; its search document is
    # written once, at the end.
    with transaction.atomic(), indexing_deferred():
        tracked = load(meetings)
        raised: dict[int, list[Tracked]] = {}
        for t in tracked.values():
            raised.setdefault(t.action.meeting_id, []).append(t)
        for index, (meeting, parsed) in enumerate(meetings[1:], start=1):
            later = [t for t in raised.get(meeting.pk, []) if t.action.pk in tracked]
            read_meeting(index, meeting, parsed, tracked, later, result)
        lapse(tracked, len(meetings) - 1, result)
    return result


def load(meetings) -> dict[int, Tracked]:
    index_of = {m.pk: n for n, (m, _) in enumerate(meetings)}
    actions = list(Action.objects.filter(meeting_id__in=index_of)
                   .select_related("entry__item").order_by("meeting__start", "pk"))
    updates: dict[int, list[ActionUpdate]] = {}
    for u in ActionUpdate.objects.filter(action__in=actions):
        updates.setdefault(u.action_id, []).append(u)
    tracked, numbers = {}, {}
    for action in actions:
        numbers[action.meeting_id] = numbers.get(action.meeting_id, 0) + 1
        mine = updates.get(action.pk, [])
        tracked[action.pk] = Tracked(
            action, numbers[action.meeting_id], index_of[action.meeting_id],
            {u.meeting_id for u in mine if u.author_id is None and u.meeting_id},
            any(u.author_id is not None for u in mine))
    return tracked


def candidates(index: int, tracked: dict[int, Tracked]) -> list[Tracked]:
    """Actions raised before the meeting being read that it may still report on."""
    return [t for t in tracked.values() if t.meeting_index < index and not t.taken_over
            and (t.action.status == ActionStatus.OPEN and t.reported
                 or t.action.status in (ActionStatus.OPEN, ActionStatus.LAPSED)
                 and index - t.meeting_index <= REACH)]


def read_meeting(index, meeting, parsed, tracked, later: list[Tracked], result: Followed) -> None:
    """later: the actions this meeting raised, in their order."""
    earlier = candidates(index, tracked)
    if not earlier:
        return
    # A repeated task is found by its place in the parse: only while no repeat was merged.
    repeats = later if len(later) == len(parsed.get("actions") or []) else None
    reports = follow([Earlier(t.action.pk, t.action.text, (t.action.owners_as_written,),
                              t.number, item=t.item, last_meeting=t.meeting_index == index - 1)
                      for t in earlier], parsed)
    for report in reports:
        target = tracked[report.key]
        if meeting.pk in target.reported:
            continue
        record(target, meeting, report, result)
        if report.repeated is not None and repeats and repeats[report.repeated] is not target:
            merge(repeats[report.repeated], tracked, result)


def record(target: Tracked, meeting, report, result: Followed) -> None:
    action = target.action
    action.status = report.status
    action.closed_at = meeting if report.status != ActionStatus.OPEN else None
    action.version += 1  # a clerk's form opened before this must not overwrite it unseen
    action.save(update_fields=["status", "closed_at", "version"])
    # Words from confidential material stay in the minutes: the history says only where.
    ActionUpdate.objects.create(action=action, meeting=meeting, status=report.status,
                                note="" if report.confidential else report.evidence[:1000])
    target.reported.add(meeting.pk)
    result.links.append((action.pk, meeting.pk, report.status))
    if report.status == ActionStatus.DONE:
        result.done += 1
    elif report.status == ActionStatus.DROPPED:
        result.dropped += 1
    else:
        result.carried += 1


def merge(repeat: Tracked, tracked: dict[int, Tracked], result: Followed) -> None:
    """The later meeting wrote the task again: it is the earlier action, carried forward."""
    if repeat.reported or repeat.taken_over:
        return
    tracked.pop(repeat.action.pk, None)
    repeat.action.delete()
    result.merged += 1


def lapse(tracked: dict[int, Tracked], last: int, result: Followed) -> None:
    """Open imported actions from before the last meeting that no later minutes mention."""
    quiet = [t.action for t in tracked.values()
             if t.meeting_index < last and t.action.status == ActionStatus.OPEN
             and not t.reported and not t.taken_over]
    if quiet:
        Action.objects.filter(pk__in=[a.pk for a in quiet]).update(
            status=ActionStatus.LAPSED, version=F("version") + 1)
        recorder.updated_in_bulk(quiet, {"status": [ActionStatus.OPEN, ActionStatus.LAPSED]})
        for action in quiet:
            action.status = ActionStatus.LAPSED
    result.lapsed = len(quiet)
