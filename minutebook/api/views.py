"""The read-only JSON API. Every query goes through the caller's Viewer, and what the caller
may not see is answered with 404, exactly as if it did not exist."""

from django.db.models import Prefetch
from django.http import Http404
from ninja import NinjaAPI
from ninja.pagination import LimitOffsetPagination, paginate

from minutebook.api import schemas
from minutebook.api.auth import BadToken, TokenAuth, viewer_of
from minutebook.bodies.models import Body, Membership
from minutebook.meetings.models import Action, ActionUpdate, Decision, Meeting, MinuteEntry

api = NinjaAPI(
    title="minutebook",
    version="1",
    description="Bodies, meetings, minutes, actions and decisions, as the caller may see them "
                "on the pages. Send `Authorization: Bearer <token>`; without it you are the "
                "public.",
    auth=TokenAuth(),
    docs_url=None,  # the interactive page loads its scripts from a CDN
    urls_namespace="api",
)

MAX_PAGE = 200


@api.exception_handler(BadToken)
def bad_token(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=401)


@api.exception_handler(OverflowError)
def number_too_large(request, exc):
    return api.create_response(request, {"detail": "A number in the request is too large."},
                               status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found."}, status=404)


# Bodies

def visible_body(request, slug: str) -> Body:
    body = viewer_of(request).bodies(Body.objects.filter(slug=slug)).first()
    if body is None:
        raise Http404
    return body


def body_summary(body: Body) -> dict:
    return {"slug": body.slug, "name": body.name, "kind": body.kind,
            "parent": body.parent.slug if body.parent_id else None, "is_public": body.is_public}


@api.get("/bodies", response=list[schemas.BodySummary], tags=["bodies"])
@paginate(LimitOffsetPagination, max_limit=MAX_PAGE)
def list_bodies(request):
    bodies = viewer_of(request).bodies(Body.objects.select_related("parent"))
    return [body_summary(b) for b in bodies.order_by("name")]


@api.get("/bodies/{slug}", response={200: schemas.BodyOut, 404: schemas.Error}, tags=["bodies"])
def get_body(request, slug: str):
    body = visible_body(request, slug)
    viewer = viewer_of(request)
    parent_visible = body.parent_id and viewer.can_see_body(body.parent)
    members = Membership.objects.filter(body=body).current().select_related("person", "area")
    return {
        **body_summary(body),
        "parent": body.parent.slug if parent_visible else None,
        "description": body.description,
        "sub_bodies": [b.slug for b in viewer.bodies(body.sub_bodies.order_by("name"))],
        "members": [
            {"person_id": m.person_id, "name": m.person.full_name, "role": m.role,
             "area": m.area.name if m.area_id else None, "phase": m.phase,
             "start": m.start, "end": m.end}
            for m in members
        ],
    }


@api.get("/bodies/{slug}/meetings", response={200: list[schemas.MeetingSummary],
                                              404: schemas.Error}, tags=["meetings"])
@paginate(LimitOffsetPagination, max_limit=MAX_PAGE)
def list_meetings(request, slug: str):
    body = visible_body(request, slug)
    meetings = viewer_of(request).meetings(Meeting.objects.filter(body=body))
    return [meeting_summary(request, m) for m in meetings.select_related("body")
            .order_by("-start", "pk")]


# Meetings

def meeting_summary(request, meeting: Meeting) -> dict:
    return {
        "id": meeting.pk, "uid": str(meeting.uid), "body": meeting.body.slug,
        "title": meeting.display_title, "kind": meeting.kind, "start": meeting.start,
        "end": meeting.end, "venue": meeting.venue, "status": meeting.status,
        "minutes_status": meeting.minutes_status,
        "minutes_available": viewer_of(request).can_see_minutes(meeting),
    }


@api.get("/meetings/{int:meeting_id}", response={200: schemas.MeetingOut, 404: schemas.Error},
         tags=["meetings"])
def get_meeting(request, meeting_id: int):
    viewer = viewer_of(request)
    meeting = viewer.meetings(Meeting.objects.filter(pk=meeting_id)).select_related(
        "body").first()
    if meeting is None:
        raise Http404
    made = {**meeting_summary(request, meeting), "attendance": [], "agenda": [],
            "withheld_items": 0, "withheld_entries": 0}
    if made["minutes_available"]:
        made["attendance"] = attendance(meeting)
        made.update(agenda(request, meeting))
    return made


def attendance(meeting: Meeting) -> list[dict]:
    return [
        {"person_id": a.person_id, "name": a.name, "status": a.effective_status,
         "recorded_status": a.status, "correction_note": a.correction_note}
        for a in meeting.attendance.select_related("person")
    ]


def agenda(request, meeting: Meeting) -> dict:
    """The items and entries the caller may read, and how many were held back."""
    viewer = viewer_of(request)
    items = list(meeting.agenda_items.prefetch_related(
        Prefetch("entries", queryset=MinuteEntry.objects.prefetch_related("speakers"))))
    readable = set(viewer.entries(MinuteEntry.objects.filter(item__meeting=meeting))
                   .values_list("pk", flat=True))
    hidden = ({i.pk for i in items if i.sealed}
              if not viewer.can_see_confidential(meeting.body) else set())
    shown, withheld = [], 0
    for item in items:
        entries = [e for e in item.entries.all() if e.pk in readable and item.pk not in hidden]
        withheld += len(item.entries.all()) - len(entries)
        if item.pk not in hidden:
            shown.append(item_out(item, entries))
    return {"agenda": shown, "withheld_items": len(hidden), "withheld_entries": withheld}


def item_out(item, entries) -> dict:
    return {
        "id": item.pk, "parent_id": item.parent_id, "number": item.number, "title": item.title,
        "kind": item.kind, "confidential": item.sealed,
        "entries": [
            {"id": e.pk, "kind": e.kind, "text": e.text, "attribution": e.attribution,
             "speaker_ids": sorted(p.pk for p in e.speakers.all()),
             "confidential": e.sealed}
            for e in entries
        ],
    }


# Actions and decisions

def visible_actions(request):
    updates = ActionUpdate.objects.order_by("created", "pk")
    return viewer_of(request).actions(Action.objects.all()).select_related(
        "meeting__body").prefetch_related("owners", Prefetch("updates", queryset=updates))


def visible_meeting_ids(request) -> set[int]:
    if not hasattr(request, "_api_meeting_ids"):
        meetings = viewer_of(request).meetings(Meeting.objects.all())
        request._api_meeting_ids = set(meetings.values_list("pk", flat=True))
    return request._api_meeting_ids


def action_out(request, action: Action) -> dict:
    # An update may have been reported at a meeting the caller may not know of.
    update_meetings = visible_meeting_ids(request)
    return {
        "id": action.pk, "meeting_id": action.meeting_id, "body": action.meeting.body.slug,
        "text": action.text,
        "owners": [{"id": p.pk, "name": p.full_name} for p in action.owners.all()],
        "owner_groups": list(action.owner_groups), "owners_as_written": action.owners_as_written,
        "due_date": action.due_date, "due_next_meeting": action.due_next_meeting,
        "status": action.status, "kept_under_review": action.kept_under_review,
        "confidential": action.sealed, "created": action.created,
        "history": [
            {"meeting_id": u.meeting_id if u.meeting_id in update_meetings else None,
             "status": u.status, "note": u.note, "created": u.created}
            for u in action.updates.all()
        ],
    }


@api.get("/actions", response=list[schemas.ActionOut], tags=["actions"])
@paginate(LimitOffsetPagination, max_limit=MAX_PAGE)
def list_actions(request, body: str | None = None, status: str | None = None,
                 owner: int | None = None):
    """Filter by body (its short name), status (open, done, dropped) or owner (a person id)."""
    actions = visible_actions(request)
    if body:
        actions = actions.filter(meeting__body__slug=body)
    if status:
        actions = actions.filter(status=status)
    if owner is not None:
        actions = actions.filter(owners=owner)
    return [action_out(request, a) for a in actions.order_by("-meeting__start", "pk")]


@api.get("/actions/{int:action_id}", response={200: schemas.ActionOut, 404: schemas.Error},
         tags=["actions"])
def get_action(request, action_id: int):
    action = visible_actions(request).filter(pk=action_id).first()
    if action is None:
        raise Http404
    return action_out(request, action)


@api.get("/decisions", response=list[schemas.DecisionOut], tags=["decisions"])
@paginate(LimitOffsetPagination, max_limit=MAX_PAGE)
def list_decisions(request, body: str | None = None):
    decisions = viewer_of(request).decisions(Decision.objects.select_related("meeting__body"))
    if body:
        decisions = decisions.filter(meeting__body__slug=body)
    return [
        {"id": d.pk, "meeting_id": d.meeting_id, "body": d.meeting.body.slug, "text": d.text,
         "confidential": d.sealed}
        for d in decisions.order_by("-meeting__start", "order", "pk")
    ]
