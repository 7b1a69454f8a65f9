"""What the API returns. Built from model rows by small functions in views.py."""

from datetime import date, datetime

from ninja import Schema


class Error(Schema):
    detail: str


class BodySummary(Schema):
    slug: str
    name: str
    kind: str
    parent: str | None
    is_public: bool


class MembershipOut(Schema):
    person_id: int
    name: str
    role: str
    area: str | None
    phase: str
    start: date | None
    end: date | None


class BodyOut(BodySummary):
    description: str
    sub_bodies: list[str]
    members: list[MembershipOut]


class MeetingSummary(Schema):
    id: int
    uid: str
    body: str
    title: str
    kind: str
    start: datetime
    end: datetime | None
    venue: str
    status: str
    minutes_status: str
    minutes_available: bool


class AttendanceOut(Schema):
    person_id: int | None
    name: str
    status: str
    recorded_status: str
    correction_note: str


class EntryOut(Schema):
    id: int
    kind: str
    text: str
    attribution: str
    speaker_ids: list[int]
    confidential: bool


class ItemOut(Schema):
    id: int
    parent_id: int | None
    number: str
    title: str
    kind: str
    confidential: bool
    entries: list[EntryOut]


class MeetingOut(MeetingSummary):
    attendance: list[AttendanceOut]
    agenda: list[ItemOut]
    withheld_items: int
    withheld_entries: int


class PersonRef(Schema):
    id: int
    name: str


class ActionUpdateOut(Schema):
    meeting_id: int | None
    status: str
    note: str
    created: datetime


class ActionOut(Schema):
    id: int
    meeting_id: int
    body: str
    text: str
    owners: list[PersonRef]
    owner_groups: list[str]
    owners_as_written: str
    due_date: date | None
    due_next_meeting: bool
    status: str
    kept_under_review: bool
    confidential: bool
    created: datetime
    history: list[ActionUpdateOut]


class DecisionOut(Schema):
    id: int
    meeting_id: int
    body: str
    text: str
    confidential: bool
