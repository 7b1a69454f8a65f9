"""A meeting's minutes and agenda as plain data, so HTML, PDF and DOCX say the same thing.

A document is built for one version, public or full. The public version never holds the
text of a confidential entry or item: it only counts what was withheld, so it can say so.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from minutebook.accounts.access import Viewer
from minutebook.meetings import agenda as agenda_builder
from minutebook.meetings.layout import minutes_layout
from minutebook.meetings.markers import split_marker
from minutebook.meetings.models import (
    Action,
    AgendaItem,
    AgendaRequest,
    AgendaStatus,
    AttendanceStatus,
    ItemKind,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)

CONFIDENTIAL = "Confidential – members only"
ITEM_WITHHELD = "Item withheld: confidential."
# Heading-column labels as clerks write them, in the order they appear.
ATTENDANCE_ROWS = [
    (AttendanceStatus.PRESENT, "MEMBERS and OFFICERS"),
    (AttendanceStatus.IN_ATTENDANCE, "IN ATTENDANCE"),
    (AttendanceStatus.APOLOGIES, "APOLOGIES"),
]
FUTURE_LIMIT = 3


@dataclass
class Entry:
    text: str
    kind: str = "discussion"
    marker: str = ""  # ACTION / NOTE / NB / AGREED, printed in bold before the text
    speakers: str = ""  # as the clerk wrote them ("RG and HO"), when the text does not say
    confidential: bool = False
    owners: list[str] = field(default_factory=list)  # the ACTION column, e.g. ["AB & DT"]


@dataclass
class Section:
    heading: str
    depth: int
    entries: list[Entry] = field(default_factory=list)
    withheld: int = 0
    confidential: bool = False
    item_withheld: bool = False

    @property
    def withheld_note(self) -> str:
        if self.item_withheld:
            return ITEM_WITHHELD
        if self.withheld:
            return f"{self.withheld} confidential entr{'y' if self.withheld == 1 else 'ies'} withheld."
        return ""

    @property
    def lines(self) -> list[Entry]:
        """One table row per line, so each owner sits beside the entry that names them."""
        lines = list(self.entries)
        if self.withheld_note:
            lines.append(Entry(self.withheld_note, kind="withheld"))
        return lines or [Entry("", kind="empty")]


@dataclass
class FutureDate:
    executive: datetime | None
    meeting: datetime


@dataclass
class FutureDates:
    executive_label: str  # empty when no dates have a linked executive meeting to show
    meeting_label: str
    dates: list[FutureDate]


@dataclass
class Document:
    meeting: Meeting
    public: bool
    name = "document"

    @property
    def body_name(self) -> str:
        return self.meeting.body.name

    @property
    def start(self) -> datetime:
        return timezone.localtime(self.meeting.start)

    @property
    def date_label(self) -> str:
        return f"{self.start:%-d %B %Y}"

    @property
    def when(self) -> str:
        end = self.meeting.end and timezone.localtime(self.meeting.end)
        return self.meeting.when + (f"–{end:%H:%M}" if end and self.meeting.time_known else "")

    @property
    def title(self) -> str:
        return f"{self.body_name}: {self.name} of {self.date_label}"

    def filename(self, ext: str) -> str:
        suffix = "-public" if self.public else ""
        return f"{self.meeting.body.slug}-{self.name}-{self.start:%Y-%m-%d}{suffix}.{ext}"


@dataclass
class MinutesDoc(Document):
    status: str = ""
    attendance: list[tuple[str, str]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    future: FutureDates | None = None
    name = "minutes"

    @property
    def withheld(self) -> int:
        return sum(s.withheld for s in self.sections)


@dataclass
class CarriedAction:
    text: str
    owners: str
    due: str
    raised: datetime


@dataclass
class AgendaLine:
    number: str
    title: str
    depth: int
    kind: str
    notes: list[str] = field(default_factory=list)  # the papers/notes line
    confidential: bool = False
    withheld: bool = False
    actions: list[CarriedAction] = field(default_factory=list)


@dataclass
class AgendaDoc(Document):
    status: str = ""
    lines: list[AgendaLine] = field(default_factory=list)
    future: FutureDates | None = None
    name = "agenda"


# Minutes


def build_minutes(meeting: Meeting, public: bool, viewer: Viewer) -> MinutesDoc:
    future = future_dates(meeting, public_viewer() if public else viewer)
    sections = []
    for row in minutes_layout(meeting, show_confidential=not public):
        # The dates item is shown as the table of future meetings instead, as clerks do.
        if row.item.kind == ItemKind.FUTURE_DATES and future.dates:
            continue
        sections.append(section_of(row, public))
    return MinutesDoc(
        meeting=meeting, public=public, status=minutes_status(meeting),
        attendance=attendance_of(meeting), sections=sections, future=future,
    )


def public_viewer() -> Viewer:
    return Viewer(AnonymousUser())


def minutes_status(meeting) -> str:
    if meeting.minutes_status == MinutesStatus.APPROVED:
        return ""
    return f"{meeting.get_minutes_status_display()} – not yet approved"


def attendance_of(meeting) -> list[tuple[str, str]]:
    names = {}
    for a in meeting.attendance.select_related("person"):
        shown = f"{a.name} ({a.person.initials})" if a.person and a.person.initials else a.name
        names.setdefault(a.effective_status, []).append(shown)
    return [(label, ", ".join(names[status])) for status, label in ATTENDANCE_ROWS
            if names.get(status)]


def section_of(row, public: bool) -> Section:
    item = row.item
    heading = item.title.upper() if row.depth == 0 else item.title
    if public and item.sealed:
        # Not even the title: the public version says only that an item was withheld.
        return Section(f"{item.number} Confidential item".strip(), row.depth,
                       withheld=row.withheld, item_withheld=True)
    return Section(
        heading=f"{item.number} {heading}".strip(), depth=row.depth,
        entries=[entry_of(e, public) for e in row.entries], withheld=row.withheld,
        confidential=item.sealed,
    )


def entry_of(entry, public: bool) -> Entry:
    marker, text = split_marker(entry)
    owners = [a.owner_label for a in entry.action_list if not (public and a.sealed)]
    return Entry(text=text, kind=entry.kind, marker=marker, speakers=speakers_of(entry),
                 confidential=entry.sealed, owners=[o for o in owners if o])


def speakers_of(entry) -> str:
    """Who spoke, as clerks write it at the start of the line, unless the text names them."""
    if entry.attribution:
        return "" if entry.attribution in entry.text else entry.attribution
    people = entry.speaker_list
    if any(p.full_name in entry.text or (p.initials and p.initials in entry.text)
           for p in people):
        return ""
    return " & ".join(p.initials or p.full_name for p in people)


def future_dates(meeting, viewer: Viewer) -> FutureDates:
    """The body's next meetings, each full meeting beside the executive that prepares it."""
    later = (Meeting.objects.filter(body=meeting.body, start__gt=meeting.start)
             .exclude(status=MeetingStatus.CANCELLED).select_related("linked_meeting")
             .order_by("start"))
    full = list(later.filter(kind=MeetingKind.FULL)[:FUTURE_LIMIT])
    if not full:
        dates = [FutureDate(None, timezone.localtime(m.start)) for m in later[:FUTURE_LIMIT]]
        return FutureDates("", f"{meeting.body.get_kind_display()} Meeting", dates)
    # The executive may be a private body: its dates appear only to those who may see it.
    linked = {m.linked_meeting_id for m in full if m.linked_meeting_id}
    shown = set(viewer.meetings(Meeting.objects.filter(pk__in=linked)).values_list("pk", flat=True))
    dates = [FutureDate(timezone.localtime(m.linked_meeting.start)
                        if m.linked_meeting_id in shown else None, timezone.localtime(m.start))
             for m in full]
    label = "Executive Meeting" if any(d.executive for d in dates) else ""
    return FutureDates(label, f"{meeting.body.get_kind_display()} Meeting", dates)


# Agenda


def build_agenda(meeting: Meeting, public: bool, viewer: Viewer) -> AgendaDoc:
    carried = carried_actions(meeting, public, viewer)
    lines = []
    for line in agenda_lines(meeting):
        if public and line.confidential:
            line = AgendaLine(line.number, "", line.depth, line.kind, [ITEM_WITHHELD],
                              withheld=True)
        elif line.confidential:
            line.notes.insert(0, CONFIDENTIAL)
        lines.append(line)
    drop_withheld_children(lines)
    for line, after in zip(lines, [*lines[1:], None], strict=True):
        # An agenda made by the builder already lists them as sub-items: not twice.
        listed = after is not None and after.depth > line.depth
        if line.kind == ItemKind.MATTERS_ARISING and not line.withheld and not listed:
            line.actions = carried
    return AgendaDoc(
        meeting=meeting, public=public, status=agenda_status(meeting), lines=lines,
        future=future_dates(meeting, public_viewer() if public else viewer),
    )


def agenda_status(meeting) -> str:
    if meeting.agenda_status == AgendaStatus.CIRCULATED:
        return ""
    return "Draft agenda – not yet circulated"


def agenda_lines(meeting) -> list[AgendaLine]:
    """The meeting's items in tree order with dotted numbers; before the clerk has made
    any, the agenda the builder would propose from the forward plan."""
    items = list(meeting.agenda_items.all())
    if not items:
        return [AgendaLine(str(n), p.title, 0, p.kind, item_notes(meeting, p.kind, p.request))
                for n, p in enumerate(agenda_builder.propose(meeting), start=1)]
    requests = {r.title: r for r in AgendaRequest.objects.filter(meeting=meeting)}
    children = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)
    lines = []

    def walk(parent_id, prefix, depth):
        for n, item in enumerate(children.get(parent_id, []), start=1):
            notes = item_notes(meeting, item.kind, requests.get(item.title), item)
            lines.append(AgendaLine(f"{prefix}{n}", item.title, depth, item.kind, notes,
                                    confidential=item.sealed))
            walk(item.pk, f"{prefix}{n}.", depth + 1)

    walk(None, "", 0)
    return lines


def drop_withheld_children(lines: list[AgendaLine]):
    """Sub-items of a withheld item go too: their titles would tell what it was about."""
    hidden = None
    for line in list(lines):
        if hidden and line.number.startswith(hidden):
            lines.remove(line)
        elif line.withheld:
            hidden = line.number + "."
        else:
            hidden = None


def item_notes(meeting, kind, request=None, item: AgendaItem | None = None) -> list[str]:
    notes = []
    if kind == ItemKind.LAST_MINUTES:
        last = agenda_builder.previous_meeting(meeting)
        if last is not None:
            notes.append(f"Paper: minutes of the meeting of {timezone.localtime(last.start):%-d %B %Y}"
                         f" ({last.get_minutes_status_display().lower()}).")
    elif kind == ItemKind.STANDING:
        notes.append("Standing item.")
    elif kind == ItemKind.FUTURE_DATES:
        notes.append("See the table of future meetings below.")
    if item is not None and item.kept_under_review:
        notes.append("Kept under review.")
    if request is not None:
        by = f" by {request.requested_by.full_name}" if request.requested_by_id else ""
        notes.append(f"Requested{by}." + (f" {request.notes}" if request.notes else ""))
    return notes


def carried_actions(meeting, public: bool, viewer: Viewer) -> list[CarriedAction]:
    """Open actions raised at earlier meetings of the body: the matters arising."""
    found = viewer.actions(Action.objects.open().for_body(meeting.body)
                           .filter(meeting__start__lt=meeting.start))
    if public:
        found = found.filter(sealed=False)
    found = found.select_related("meeting").prefetch_related("owners")
    return [CarriedAction(a.text, a.owner_label, a.due_label, timezone.localtime(a.meeting.start))
            for a in found.order_by("meeting__start", "pk")]
