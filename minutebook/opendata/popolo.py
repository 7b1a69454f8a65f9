"""A body as open data: Popolo people, organizations and memberships, Open Civic Data events.

Popolo and OCD have no actions or decisions, so those are our own top-level lists that
point at events and people by id. Anything of ours without a place in the standards sits
under "extras". A viewer limits the export to what that viewer may see on the pages;
without one the export is complete (an administrator's backup).
"""

from minutebook.accounts.access import Viewer
from minutebook.bodies.models import Area, Body, Person
from minutebook.meetings.models import Action, Decision, Meeting, MeetingStatus, MinuteEntry
from minutebook.opendata.ids import area_id, body_id, event_id, person_id

FORMAT = "minutebook-opendata"
VERSION = 1

# OCD event statuses are fewer than ours; our own status is kept in extras.
OCD_STATUS = {
    MeetingStatus.SCHEDULED: "confirmed",
    MeetingStatus.HELD: "passed",
    MeetingStatus.POSTPONED: "tentative",
    MeetingStatus.CANCELLED: "cancelled",
}


class FullAccess(Viewer):
    """Sees everything; used for complete exports."""

    is_admin = True

    def __init__(self):
        super().__init__(None)


def iso(value) -> str | None:
    return value.isoformat() if value is not None else None


class Exporter:
    def __init__(self, body: Body, viewer: Viewer | None):
        self.body = body
        self.full = viewer is None
        self.viewer = viewer or FullAccess()
        self.people: set[int] = set()
        self.areas: set[int] = set()
        self.meeting_ids = set(
            self.viewer.meetings(Meeting.objects.all()).values_list("pk", flat=True)
        )
        self.entry_ids: dict[int, str] = {}
        self.attendance_ids: dict[int, str] = {}

    # References

    def meeting_ref(self, meeting) -> str | None:
        if meeting is None or meeting.pk not in self.meeting_ids:
            return None
        return event_id(meeting)

    def person_ref(self, person) -> str | None:
        if person is None:
            return None
        self.people.add(person.pk)
        return person_id(person)

    def area_ref(self, area) -> str | None:
        if area is None:
            return None
        self.areas.add(area.pk)
        return area_id(area)

    def user_ref(self, user) -> str | None:
        # Logins are not part of the open data; a backup names them so they can be relinked.
        return user.get_username() if (self.full and user is not None) else None

    # Sections

    def export(self) -> dict:
        meetings = self.meetings()
        events = [self.event(m) for m in meetings]
        data = {
            "format": FORMAT,
            "version": VERSION,
            "scope": "full" if self.full else "viewer",
            "organizations": [self.organization()],
            "memberships": self.memberships(),
            "events": events,
            "actions": self.actions(meetings),
            "decisions": self.decisions(meetings),
        }
        if self.full:
            data["agenda_requests"] = self.agenda_requests()
        data["persons"] = self.persons()
        data["areas"] = self.area_list()
        return data

    def organization(self) -> dict:
        body = self.body
        subs = self.viewer.bodies(body.sub_bodies.all())
        return {
            "id": body_id(body),
            "name": body.name,
            "classification": body.kind,
            "parent_id": body_id(body.parent) if body.parent_id and self.viewer.can_see_body(
                body.parent) else None,
            "extras": {
                "slug": body.slug,
                "description": body.description,
                "is_public": body.is_public,
                "required_area_ids": sorted(self.area_ref(a) for a in body.required_areas.all()),
                "required_phases": list(body.required_phases),
                "meetings_per_year": body.meetings_per_year,
                "executive_lead_days": body.executive_lead_days,
                "usual_venue": body.usual_venue,
                "reminder_days": body.reminder_days,
                "sub_organization_ids": sorted(body_id(b) for b in subs),
                "standing_items": [
                    {"title": s.title, "kind": s.kind, "order": s.order, "active": s.active}
                    for s in body.standing_items.order_by("order", "pk")
                ],
            },
        }

    def memberships(self) -> list[dict]:
        rows = [
            {
                "person_id": self.person_ref(m.person),
                "organization_id": body_id(self.body),
                "role": m.role,
                "start_date": iso(m.start),
                "end_date": iso(m.end),
                "extras": {"area_id": self.area_ref(m.area), "phase": m.phase},
            }
            for m in self.body.memberships.select_related("person", "area")
        ]
        return sorted(rows, key=lambda r: (r["person_id"], r["role"], r["start_date"] or ""))

    def meetings(self) -> list[Meeting]:
        qs = self.viewer.meetings(Meeting.objects.filter(body=self.body))
        return list(qs.select_related("linked_meeting").order_by("start", "uid"))

    def event(self, meeting: Meeting) -> dict:
        readable = self.viewer.can_see_minutes(meeting)
        host = {"entity_type": "organization", "entity_id": body_id(self.body),
                "entity_name": self.body.name, "note": "host"}
        participants = [host] + (self.participants(meeting) if readable else [])
        return {
            "id": event_id(meeting),
            "name": meeting.display_title,
            "classification": meeting.kind,
            "start_date": iso(meeting.start),
            "end_date": iso(meeting.end),
            "status": OCD_STATUS.get(meeting.status, "confirmed"),
            "location": {"name": meeting.venue},
            "participants": participants,
            "agenda": self.agenda(meeting) if readable else [],
            "extras": {
                "organization_id": body_id(self.body),
                "title": meeting.title,
                "kind": meeting.kind,
                "status": meeting.status,
                "minutes_status": meeting.minutes_status,
                "minutes_published": readable,
                "agenda_status": meeting.agenda_status,
                "agenda_circulated": iso(meeting.agenda_circulated),
                "sequence": meeting.sequence,
                "linked_event_id": self.meeting_ref(meeting.linked_meeting),
                "followed_by_ids": sorted(
                    filter(None, (self.meeting_ref(m) for m in meeting.followed_by.all()))
                ),
                "approval": self.approval(meeting) if readable else None,
                "amendments": self.amendments(meeting) if readable else [],
            },
        }

    def participants(self, meeting: Meeting) -> list[dict]:
        rows = meeting.attendance.select_related("person", "corrected_at").order_by(
            "status", "person__family_name", "name_as_written", "pk"
        )
        made = []
        for n, a in enumerate(rows, 1):
            ref = f"{event_id(meeting)}/attendance/{n}"
            self.attendance_ids[a.pk] = ref
            made.append({
                "entity_type": "person",
                "entity_id": self.person_ref(a.person),
                "entity_name": a.name,
                "note": a.effective_status,
                "extras": {
                    "id": ref,
                    "status": a.status,
                    "name_as_written": a.name_as_written,
                    "role_as_written": a.role_as_written,
                    "corrected_status": a.corrected_status,
                    "correction_note": a.correction_note,
                    "corrected_at_event_id": self.meeting_ref(a.corrected_at),
                },
            })
        return made

    def agenda(self, meeting: Meeting) -> list[dict]:
        items = list(meeting.agenda_items.order_by("order", "pk"))
        entries = {}
        for e in meeting_entries(meeting):
            entries.setdefault(e.item_id, []).append(e)
        secret_ok = self.viewer.can_see_confidential(meeting.body)
        out: list[dict] = []

        def walk(parent_pk, parent_id, prefix):
            children = [i for i in items if i.parent_id == parent_pk]
            for n, item in enumerate(children, 1):
                path = f"{prefix}{n}"
                if item.sealed and not secret_ok:
                    continue  # the item and everything under it stay private
                ref = f"{event_id(meeting)}/item/{path}"
                out.append(self.agenda_item(item, ref, parent_id, entries.get(item.pk, []),
                                            secret_ok))
                walk(item.pk, ref, f"{path}.")

        walk(None, None, "")
        return out

    def agenda_item(self, item, ref, parent_id, entries, secret_ok) -> dict:
        minutes = []
        for n, e in enumerate(entries, 1):
            entry_ref = f"{ref}/entry/{n}"
            self.entry_ids[e.pk] = entry_ref
            if e.sealed and not secret_ok:
                continue
            minutes.append({
                "id": entry_ref,
                "order": e.order,
                "kind": e.kind,
                "text": e.text,
                "attribution": e.attribution,
                "speaker_ids": sorted(self.person_ref(p) for p in e.speakers.all()),
                "confidential": e.confidential,
            })
        return {
            "description": item.title,
            "order": str(item.order),
            "subjects": [],
            "notes": [],
            "minutes": minutes,
            "extras": {
                "id": ref,
                "parent_id": parent_id,
                "number": item.number,
                "kind": item.kind,
                "order": item.order,
                "confidential": item.confidential,
                "kept_under_review": item.kept_under_review,
            },
        }

    def approval(self, meeting: Meeting) -> dict | None:
        approval = getattr(meeting, "approval", None)
        if approval is None:
            return None
        return {
            "approved_at_event_id": self.meeting_ref(approval.approved_at),
            "approved_on": iso(approval.approved_on),
            "approved_by": self.user_ref(approval.approved_by),
            "note": approval.note,
        }

    def amendments(self, meeting: Meeting) -> list[dict]:
        rows = meeting.amendments.select_related("approval__minutes_of", "author")
        made = []
        for a in rows.order_by("created", "pk"):
            if a.entry_id and a.entry_id not in self.entry_ids:
                continue  # amends an entry this viewer may not read
            made.append({
                "entry_id": self.entry_ids.get(a.entry_id),
                "attendance_id": self.attendance_ids.get(a.attendance_id),
                "approval_of_event_id": self.meeting_ref(
                    a.approval.minutes_of if a.approval_id else None),
                "original_text": a.original_text,
                "amended_text": a.amended_text,
                "reason": a.reason,
                "author": self.user_ref(a.author),
                "created": iso(a.created),
            })
        return made

    def actions(self, meetings: list[Meeting]) -> list[dict]:
        made = []
        visible = set(self.viewer.actions(actions_of(meetings)).values_list("pk", flat=True))
        for meeting in meetings:
            for n, a in enumerate(meeting_actions(meeting), 1):
                if a.pk in visible:
                    made.append(self.action(a, f"{event_id(meeting)}/action/{n}"))
        return made

    def action(self, a, ref) -> dict:
        history = [
            {
                "event_id": self.meeting_ref(u.meeting),
                "note": u.note,
                "status": u.status,
                "author": self.user_ref(u.author),
                "created": iso(u.created),
            }
            for u in a.updates.select_related("meeting", "author").order_by("created", "pk")
        ]
        return {
            "id": ref,
            "event_id": event_id(a.meeting),
            "entry_id": self.entry_ids.get(a.entry_id),
            "text": a.text,
            "owner_ids": sorted(self.person_ref(p) for p in a.owners.all()),
            "owner_groups": list(a.owner_groups),
            "owners_as_written": a.owners_as_written,
            "due_date": iso(a.due_date),
            "due_next_meeting": a.due_next_meeting,
            "status": a.status,
            "kept_under_review": a.kept_under_review,
            "confidential": a.confidential,
            "closed_event_id": self.meeting_ref(a.closed_at),
            "created": iso(a.created),
            "history": history,
        }

    def decisions(self, meetings: list[Meeting]) -> list[dict]:
        made = []
        visible = set(self.viewer.decisions(decisions_of(meetings)).values_list("pk", flat=True))
        for meeting in meetings:
            for n, d in enumerate(meeting.decisions.order_by("order", "pk"), 1):
                if d.pk in visible:
                    made.append({
                        "id": f"{event_id(meeting)}/decision/{n}",
                        "event_id": event_id(meeting),
                        "entry_id": self.entry_ids.get(d.entry_id),
                        "text": d.text,
                        "confidential": d.confidential,
                        "order": d.order,
                    })
        return made

    def agenda_requests(self) -> list[dict]:
        return [
            {
                "organization_id": body_id(self.body),
                "title": r.title,
                "requested_by_id": self.person_ref(r.requested_by),
                "notes": r.notes,
                "event_id": self.meeting_ref(r.meeting),
                "created": iso(r.created),
            }
            for r in self.body.agenda_requests.select_related("requested_by", "meeting")
            .order_by("created", "pk")
        ]

    def persons(self) -> list[dict]:
        people = Person.objects.filter(pk__in=self.people).select_related("school__area")
        return sorted((self.person(p) for p in people), key=lambda p: p["id"])

    def person(self, p: Person) -> dict:
        school = None
        if p.school_id:
            school = {"name": p.school.name, "phase": p.school.phase,
                      "area_id": self.area_ref(p.school.area)}
        made = {
            "id": person_id(p),
            "name": p.full_name,
            "given_name": p.given_name,
            "family_name": p.family_name,
            "honorific_prefix": p.title,
            "extras": {"initials": p.initials, "job_title": p.job_title, "school": school},
        }
        if self.full:
            made["email"] = p.email
        return made

    def area_list(self) -> list[dict]:
        # Ancestors come too, so that the area tree can be rebuilt.
        found, frontier = {}, list(Area.objects.filter(pk__in=self.areas))
        while frontier:
            area = frontier.pop()
            if area.pk not in found:
                found[area.pk] = area
                if area.parent_id:
                    frontier.append(area.parent)
        rows = [{"id": area_id(a), "name": a.name,
                 "parent_id": area_id(a.parent) if a.parent_id else None}
                for a in found.values()]
        return sorted(rows, key=lambda r: r["name"])


def meeting_entries(meeting):
    return MinuteEntry.objects.filter(item__meeting=meeting).order_by("order", "pk")


def meeting_actions(meeting):
    return meeting.actions.select_related("meeting", "closed_at").order_by("created", "pk")


def actions_of(meetings):
    return Action.objects.filter(meeting__in=meetings)


def decisions_of(meetings):
    return Decision.objects.filter(meeting__in=meetings)


def export_body(body: Body, viewer: Viewer | None = None) -> dict:
    """The body as open data; with a viewer, only what that viewer may see."""
    return Exporter(body, viewer).export()


def import_body(data: dict) -> Body:
    """Create or update the body in `data`; see minutebook.opendata.importer."""
    from minutebook.opendata.importer import import_data

    return import_data(data)
