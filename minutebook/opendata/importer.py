"""Read an export back: create what is missing, update what differs, delete nothing.

Records are matched by their exported ids (or natural keys), so importing the same file
twice changes nothing. Everything happens in one transaction: a bad file writes nothing.
Approved minutes refuse edits, so a meeting's minutes status is set last.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from minutebook.bodies import models as bodies
from minutebook.meetings import models as meetings
from minutebook.meetings.models import MinutesLocked, MinutesStatus
from minutebook.opendata import ids, shape


class ImportFailed(Exception):
    """The file cannot be imported; the message is one line for the person running it."""


def import_data(data) -> bodies.Body:
    """Import an export; returns its (first) body. Raises ImportFailed, writing nothing."""
    doc = parse(data)
    try:
        with transaction.atomic():
            return Importer(doc).run()
    except (MinutesLocked, ValidationError, DatabaseError) as exc:
        raise ImportFailed(one_line(str(exc))) from exc


def parse(data) -> shape.Document:
    if not isinstance(data, dict):
        raise ImportFailed("not a minutebook export: expected a JSON object")
    try:
        return shape.Document.model_validate(data)
    except shape.ShapeError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "file"
        raise ImportFailed(one_line(f"{where}: {first['msg']}")) from None


def one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def put(obj, model, fields: dict, amendable=()):
    """Create the row, or change only the fields that differ (so unchanged rows are not saved,
    and approved minutes that match the file are left alone). Changes confined to `amendable`
    fields may touch approved minutes, as an amendment would."""
    if obj is None:
        obj = model(**fields)
        obj.save()
        return obj
    changed = [name for name, value in fields.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, fields[name])
        if set(changed) <= set(amendable):
            obj.save(allow_amendment=True)
        else:
            obj.save()
    return obj


# A later meeting may correct an approved record of attendance.
CORRECTION = ("corrected_status", "correction_note", "corrected_at")


def put_set(manager, wanted) -> None:
    if set(manager.all()) != set(wanted):
        manager.set(wanted)


def tail(ref: str, marker: str) -> str:
    return ref.rsplit(marker, 1)[-1]


class Importer:
    def __init__(self, doc: shape.Document):
        self.doc = doc
        self.areas: dict[str, bodies.Area] = {}
        self.bodies: dict[str, bodies.Body] = {}
        self.persons: dict[str, bodies.Person] = {}
        self.meetings: dict[str, meetings.Meeting] = {}
        self.entries: dict[str, meetings.MinuteEntry] = {}
        self.attendance: dict[str, meetings.Attendance] = {}
        self.final_status: dict[int, str] = {}

    def run(self) -> bodies.Body:
        self.import_areas()
        self.import_organizations()
        self.import_persons()
        self.import_memberships()
        for event in self.doc.events:
            self.import_meeting(event)
        for event in self.doc.events:
            self.link_meeting(event)
            self.import_minutes(event)
        for action in self.doc.actions:
            self.import_action(action)
        for decision in self.doc.decisions:
            self.import_decision(decision)
        for request in self.doc.agenda_requests:
            self.import_request(request)
        self.set_minutes_status()
        return self.bodies[self.doc.organizations[0].id]

    # Looking up what the file refers to

    def area(self, ref):
        if ref is None:
            return None
        if ref not in self.areas:
            found = {ids.area_id(a): a for a in bodies.Area.objects.all()}
            if ref not in found:
                raise ImportFailed(f"unknown area {ref}")
            self.areas[ref] = found[ref]
        return self.areas[ref]

    def body(self, ref):
        if ref in self.bodies:
            return self.bodies[ref]
        found = {ids.body_id(b): b for b in bodies.Body.objects.all()}
        return found.get(ref)

    def person(self, ref):
        if ref is None:
            return None
        if ref not in self.persons:
            found = {ids.person_id(p): p for p in bodies.Person.objects.all()}
            if ref not in found:
                raise ImportFailed(f"unknown person {ref}")
            self.persons[ref] = found[ref]
        return self.persons[ref]

    def meeting(self, ref):
        """A meeting in the file or already in the database; another body's meeting that is
        in neither stays unlinked."""
        if ref is None:
            return None
        if ref not in self.meetings:
            return meetings.Meeting.objects.filter(uid=ids.uid_of(ref)).first()
        return self.meetings[ref]

    def user(self, username):
        if not username:
            return None
        return get_user_model().objects.filter(username=username).first()

    def entry(self, ref):
        return self.entries.get(ref) if ref else None

    # Who and where

    def import_areas(self):
        existing = {a.name: a for a in bodies.Area.objects.all()}
        for row in self.doc.areas:
            self.areas[row.id] = existing.get(row.name) or bodies.Area.objects.create(
                name=row.name)
        for row in self.doc.areas:
            put(self.areas[row.id], bodies.Area, {"parent": self.area(row.parent_id)})

    def import_organizations(self):
        for org in self.doc.organizations:
            x = org.extras
            body = bodies.Body.objects.filter(slug=x.slug).first()
            self.bodies[org.id] = put(body, bodies.Body, {
                "name": org.name, "slug": x.slug, "kind": org.classification,
                "description": x.description, "is_public": x.is_public,
                "required_phases": list(x.required_phases),
                "meetings_per_year": x.meetings_per_year,
                "executive_lead_days": x.executive_lead_days,
                "usual_venue": x.usual_venue, "reminder_days": x.reminder_days,
            })
        for org in self.doc.organizations:
            body = self.bodies[org.id]
            if org.parent_id and self.body(org.parent_id):
                put(body, bodies.Body, {"parent": self.body(org.parent_id)})
            for sub_id in org.extras.sub_organization_ids:
                sub = self.body(sub_id)
                if sub is not None:
                    put(sub, bodies.Body, {"parent": body})
            put_set(body.required_areas, [self.area(a) for a in org.extras.required_area_ids])
            for s in org.extras.standing_items:
                found = body.standing_items.filter(order=s.order, title=s.title).first()
                put(found, bodies.StandingItem, {"body": body, "title": s.title,
                                                 "kind": s.kind, "order": s.order,
                                                 "active": s.active})

    def import_persons(self):
        known = {ids.person_id(p): p for p in bodies.Person.objects.select_related("school")}
        for row in self.doc.persons:
            draft = bodies.Person(title=row.honorific_prefix, given_name=row.given_name,
                                  family_name=row.family_name)
            # A public export has no emails: match it by name alone on a second import.
            again = ids.person_key(draft.full_name, row.email or "")
            person = known.get(row.id) or known.get(again)
            fields = {"title": row.honorific_prefix, "given_name": row.given_name,
                      "family_name": row.family_name, "job_title": row.extras.job_title,
                      "school": self.school(row.extras.school)}
            if row.extras.initials:
                fields["initials"] = row.extras.initials
            if row.email is not None:
                fields["email"] = row.email
            self.persons[row.id] = put(person, bodies.Person, fields)

    def school(self, row):
        if row is None:
            return None
        area = self.area(row.area_id)
        found = bodies.School.objects.filter(name=row.name, area=area).first()
        return put(found, bodies.School, {"name": row.name, "phase": row.phase, "area": area})

    def import_memberships(self):
        for row in self.doc.memberships:
            body = self.body(row.organization_id)
            if body is None:
                raise ImportFailed(f"membership of unknown organization {row.organization_id}")
            person = self.person(row.person_id)
            found = bodies.Membership.objects.filter(
                person=person, body=body, role=row.role, start=row.start_date).first()
            put(found, bodies.Membership, {
                "person": person, "body": body, "role": row.role, "start": row.start_date,
                "end": row.end_date, "area": self.area(row.extras.area_id),
                "phase": row.extras.phase,
            })

    # Meetings

    def import_meeting(self, event):
        x = event.extras
        body = self.body(x.organization_id)
        if body is None:
            raise ImportFailed(f"event {event.id} belongs to unknown organization")
        found = meetings.Meeting.objects.filter(uid=ids.uid_of(event.id)).first()
        if found and found.minutes_locked and x.minutes_status != MinutesStatus.APPROVED:
            raise ImportFailed(f"the minutes of {found} are approved and cannot be reopened")
        fields = {
            "body": body, "kind": x.kind, "title": x.title, "start": event.start_date,
            "end": event.end_date, "venue": event.location.name, "status": x.status,
            "agenda_status": x.agenda_status, "agenda_circulated": x.agenda_circulated,
        }
        if found is None:
            fields["uid"] = ids.uid_of(event.id)
        if not (found and found.minutes_locked):
            # Written unlocked; approved minutes get their status once their content is in.
            fields["minutes_status"] = (MinutesStatus.DRAFT if x.minutes_status ==
                                        MinutesStatus.APPROVED else x.minutes_status)
        meeting = put(found, meetings.Meeting, fields)
        self.meetings[event.id] = meeting
        self.final_status[meeting.pk] = (x.minutes_status, x.sequence)

    def link_meeting(self, event):
        # Links to another body's meetings are kept from both ends, so that importing the
        # bodies in any order restores them.
        meeting = self.meetings[event.id]
        linked = self.meeting(event.extras.linked_event_id)
        if linked is not None and meeting.linked_meeting_id != linked.pk:
            meetings.Meeting.objects.filter(pk=meeting.pk).update(linked_meeting=linked)
        for ref in event.extras.followed_by_ids:
            follower = self.meeting(ref)
            if follower is not None:
                meetings.Meeting.objects.filter(pk=follower.pk).update(linked_meeting=meeting)

    def import_minutes(self, event):
        meeting = self.meetings[event.id]
        for row in event.participants:
            if row.entity_type == "person" and row.extras is not None:
                self.import_attendance(meeting, row)
        self.import_agenda(meeting, event.agenda)
        if event.extras.approval is not None:
            self.import_approval(meeting, event.extras.approval)
        for row in event.extras.amendments:
            self.import_amendment(meeting, row)

    def import_attendance(self, meeting, row):
        x = row.extras
        person = self.person(row.entity_id)
        rows = meeting.attendance.all()
        found = (rows.filter(person=person) if person else
                 rows.filter(person=None, name_as_written=x.name_as_written)).first()
        self.attendance[x.id] = put(found, meetings.Attendance, {
            "meeting": meeting, "person": person, "name_as_written": x.name_as_written,
            "role_as_written": x.role_as_written, "status": x.status,
            "corrected_status": x.corrected_status, "correction_note": x.correction_note,
            "corrected_at": self.meeting(x.corrected_at_event_id),
        }, amendable=CORRECTION)

    def import_agenda(self, meeting, agenda):
        existing = items_by_path(meeting)
        made: dict[str, meetings.AgendaItem] = {}
        for row in agenda:
            x = row.extras
            path = tail(x.id, "/item/")
            parent = made.get(x.parent_id) if x.parent_id else None
            if x.parent_id and parent is None:
                raise ImportFailed(f"agenda item {x.id} comes before its parent")
            item = put(existing.get(path), meetings.AgendaItem, {
                "meeting": meeting, "parent": parent, "number": x.number,
                "title": row.description, "kind": x.kind, "order": x.order,
                "confidential": x.confidential, "kept_under_review": x.kept_under_review,
            })
            made[x.id] = item
            self.import_entries(item, row.minutes)

    def import_entries(self, item, rows):
        existing = dict(enumerate(item.entries.order_by("order", "pk"), 1))
        for row in rows:
            n = int(tail(row.id, "/entry/")) if "/entry/" in row.id else 0
            entry = put(existing.get(n), meetings.MinuteEntry, {
                "item": item, "order": row.order, "kind": row.kind, "text": row.text,
                "attribution": row.attribution, "confidential": row.confidential,
            })
            speakers = [self.person(p) for p in row.speaker_ids]
            if set(entry.speakers.all()) != set(speakers):
                if item.meeting.minutes_locked:
                    raise MinutesLocked(f"The minutes of {item.meeting} are approved and locked.")
                entry.speakers.set(speakers)
            self.entries[row.id] = entry

    def import_approval(self, meeting, row):
        found = meetings.MinutesApproval.objects.filter(minutes_of=meeting).first()
        put(found, meetings.MinutesApproval, {
            "minutes_of": meeting, "approved_at": self.meeting(row.approved_at_event_id),
            "approved_on": row.approved_on, "approved_by": self.user(row.approved_by),
            "note": row.note,
        })

    def import_amendment(self, meeting, row):
        found = meeting.amendments.filter(created=row.created, reason=row.reason).first()
        of = self.meeting(row.approval_of_event_id)
        approval = meetings.MinutesApproval.objects.filter(minutes_of=of).first() if of else None
        put(found, meetings.Amendment, {
            "meeting": meeting, "approval": approval, "entry": self.entry(row.entry_id),
            "attendance": self.attendance.get(row.attendance_id),
            "original_text": row.original_text, "amended_text": row.amended_text,
            "reason": row.reason, "author": self.user(row.author), "created": row.created,
        })

    # Actions, decisions and requests

    def event_meeting(self, ref):
        meeting = self.meeting(ref)
        if meeting is None:
            raise ImportFailed(f"unknown event {ref}")
        return meeting

    def import_action(self, row):
        meeting = self.event_meeting(row.event_id)
        found = meeting.actions.filter(created=row.created, text=row.text).first()
        action = put(found, meetings.Action, {
            "meeting": meeting, "entry": self.entry(row.entry_id), "text": row.text,
            "owner_groups": list(row.owner_groups), "owners_as_written": row.owners_as_written,
            "due_date": row.due_date, "due_next_meeting": row.due_next_meeting,
            "status": row.status, "kept_under_review": row.kept_under_review,
            "confidential": row.confidential, "closed_at": self.meeting(row.closed_event_id),
            "created": row.created,
        })
        put_set(action.owners, [self.person(p) for p in row.owner_ids])
        for u in row.history:
            found = action.updates.filter(created=u.created, status=u.status, note=u.note).first()
            put(found, meetings.ActionUpdate, {
                "action": action, "meeting": self.meeting(u.event_id), "note": u.note,
                "status": u.status, "author": self.user(u.author), "created": u.created,
            })

    def import_decision(self, row):
        meeting = self.event_meeting(row.event_id)
        found = meeting.decisions.filter(order=row.order, text=row.text).first()
        put(found, meetings.Decision, {
            "meeting": meeting, "entry": self.entry(row.entry_id), "text": row.text,
            "confidential": row.confidential, "order": row.order,
        })

    def import_request(self, row):
        body = self.body(row.organization_id)
        if body is None:
            raise ImportFailed(f"agenda request for unknown organization {row.organization_id}")
        found = body.agenda_requests.filter(created=row.created, title=row.title).first()
        put(found, meetings.AgendaRequest, {
            "body": body, "title": row.title, "requested_by": self.person(row.requested_by_id),
            "notes": row.notes, "meeting": self.meeting(row.event_id), "created": row.created,
        })

    def set_minutes_status(self):
        for pk, (status, sequence) in self.final_status.items():
            meetings.Meeting.objects.filter(pk=pk).update(minutes_status=status,
                                                          sequence=sequence)


def items_by_path(meeting) -> dict[str, meetings.AgendaItem]:
    """The meeting's agenda items by position ("5.2"), numbered as the export numbers them."""
    items = list(meeting.agenda_items.order_by("order", "pk"))
    found = {}

    def walk(parent_pk, prefix):
        children = [i for i in items if i.parent_id == parent_pk]
        for n, item in enumerate(children, 1):
            found[f"{prefix}{n}"] = item
            walk(item.pk, f"{prefix}{n}.")

    walk(None, "")
    return found
