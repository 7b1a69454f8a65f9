"""The shape an import file must have, checked before anything is written."""

from datetime import date
from typing import Literal

from pydantic import AwareDatetime, BaseModel, Field
from pydantic import ValidationError as ShapeError  # noqa: F401 (the importer catches it)

from minutebook.bodies.models import BodyKind, Phase, Role
from minutebook.meetings.models import (
    ActionStatus,
    AgendaStatus,
    AttendanceStatus,
    EntryKind,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)


def one_of(choices) -> type:
    return Literal[tuple(choices.values)]


EVENT_ID = r"^ocd-event/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
Name = Field(min_length=1)


class Area(BaseModel):
    id: str
    name: str = Name
    parent_id: str | None = None


class StandingItem(BaseModel):
    title: str = Name
    kind: str = "standing"
    order: int = Field(0, ge=0)
    active: bool = True


class OrganizationExtras(BaseModel):
    slug: str = Field(min_length=1, max_length=80, pattern=r"^[-a-zA-Z0-9_]+$")
    description: str = ""
    is_public: bool = True
    required_area_ids: list[str] = []
    required_phases: list[one_of(Phase)] = []
    meetings_per_year: int = Field(6, ge=0)
    executive_lead_days: int = Field(14, ge=0)
    usual_venue: str = ""
    reminder_days: int = Field(7, ge=0)
    sub_organization_ids: list[str] = []
    standing_items: list[StandingItem] = []


class Organization(BaseModel):
    id: str
    name: str = Name
    classification: one_of(BodyKind) = BodyKind.FORUM
    parent_id: str | None = None
    extras: OrganizationExtras


class School(BaseModel):
    name: str = Name
    phase: one_of(Phase)
    area_id: str | None = None


class PersonExtras(BaseModel):
    initials: str = ""
    job_title: str = ""
    school: School | None = None


class Person(BaseModel):
    id: str
    name: str = ""
    given_name: str = ""
    family_name: str = Name
    honorific_prefix: str = ""
    email: str | None = None  # absent from public exports: keep what the database has
    extras: PersonExtras = PersonExtras()


class MembershipExtras(BaseModel):
    area_id: str | None = None
    phase: one_of(Phase) | Literal[""] = ""


class Membership(BaseModel):
    person_id: str
    organization_id: str
    role: one_of(Role) = Role.MEMBER
    start_date: date | None = None
    end_date: date | None = None
    extras: MembershipExtras = MembershipExtras()


class Entry(BaseModel):
    id: str
    order: int = Field(0, ge=0)
    kind: one_of(EntryKind) = EntryKind.DISCUSSION
    text: str
    attribution: str = ""
    speaker_ids: list[str] = []
    confidential: bool = False


class ItemExtras(BaseModel):
    id: str = Field(pattern=r"/item/\d+(\.\d+)*$")
    parent_id: str | None = None
    number: str = ""
    kind: one_of(ItemKind) = ItemKind.SUBSTANTIVE
    order: int = Field(0, ge=0)
    confidential: bool = False
    kept_under_review: bool = False


class AgendaItem(BaseModel):
    description: str = Name
    minutes: list[Entry] = []
    extras: ItemExtras


class ParticipantExtras(BaseModel):
    id: str
    status: one_of(AttendanceStatus)
    name_as_written: str = ""
    role_as_written: str = ""
    corrected_status: one_of(AttendanceStatus) | Literal[""] = ""
    correction_note: str = ""
    corrected_at_event_id: str | None = None


class Participant(BaseModel):
    entity_type: Literal["person", "organization"]
    entity_id: str | None = None
    entity_name: str = ""
    note: str = ""
    extras: ParticipantExtras | None = None


class Approval(BaseModel):
    approved_at_event_id: str | None = None
    approved_on: date
    approved_by: str | None = None
    note: str = ""


class Amendment(BaseModel):
    entry_id: str | None = None
    attendance_id: str | None = None
    approval_of_event_id: str | None = None
    original_text: str = ""
    amended_text: str = ""
    reason: str = Name
    author: str | None = None
    created: AwareDatetime


class EventExtras(BaseModel):
    organization_id: str
    title: str = ""
    kind: one_of(MeetingKind) = MeetingKind.FULL
    status: one_of(MeetingStatus) = MeetingStatus.SCHEDULED
    minutes_status: one_of(MinutesStatus) = MinutesStatus.NONE
    agenda_status: one_of(AgendaStatus) = AgendaStatus.NONE
    agenda_circulated: AwareDatetime | None = None
    sequence: int = Field(0, ge=0)
    linked_event_id: str | None = None
    followed_by_ids: list[str] = []
    approval: Approval | None = None
    amendments: list[Amendment] = []


class Location(BaseModel):
    name: str = ""


class Event(BaseModel):
    id: str = Field(pattern=EVENT_ID)
    name: str = ""
    start_date: AwareDatetime
    end_date: AwareDatetime | None = None
    location: Location = Location()
    participants: list[Participant] = []
    agenda: list[AgendaItem] = []
    extras: EventExtras


class ActionUpdate(BaseModel):
    event_id: str | None = None
    note: str = ""
    status: one_of(ActionStatus)
    author: str | None = None
    created: AwareDatetime


class Action(BaseModel):
    id: str = ""
    event_id: str
    entry_id: str | None = None
    text: str = Name
    owner_ids: list[str] = []
    owner_groups: list[str] = []
    owners_as_written: str = ""
    due_date: date | None = None
    due_next_meeting: bool = False
    status: one_of(ActionStatus) = ActionStatus.OPEN
    kept_under_review: bool = False
    confidential: bool = False
    closed_event_id: str | None = None
    created: AwareDatetime
    history: list[ActionUpdate] = []


class Decision(BaseModel):
    id: str = ""
    event_id: str
    entry_id: str | None = None
    text: str = Name
    confidential: bool = False
    order: int = Field(0, ge=0)


class AgendaRequest(BaseModel):
    organization_id: str
    title: str = Name
    requested_by_id: str | None = None
    notes: str = ""
    event_id: str | None = None
    created: AwareDatetime


class Document(BaseModel):
    format: Literal["minutebook-opendata"]
    version: Literal[1]
    organizations: list[Organization] = Field(min_length=1)
    persons: list[Person] = []
    memberships: list[Membership] = []
    areas: list[Area] = []
    events: list[Event] = []
    actions: list[Action] = []
    decisions: list[Decision] = []
    agenda_requests: list[AgendaRequest] = []
