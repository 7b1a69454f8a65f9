#!/usr/bin/env python3
"""Build a 20-year archive into the configured database, fast and the same every time.

    python bench/load/generate.py [--scale 1.0] [--seed 7] [--manifest PATH]

At scale 1: 30 bodies, about 1,500 people, 6,000 meetings, 36,000 agenda items,
150,000 minute entries, 30,000 actions with owners and updates, decisions, attendance.
Rows go in with bulk_create, which fires no signals, so the search index is rebuilt at the
end with the app's own rebuild (the code `minutebook manage reindex` runs).

The database must be migrated and empty. A JSON manifest (users, password, pages worth
requesting) is written for the load run.
"""

import argparse
import json
import os
import random
import sys
import time
import uuid
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from minutebook.bodies.models import (  # noqa: E402
    Area,
    Body,
    BodyKind,
    Membership,
    Person,
    Phase,
    Role,
    School,
    initials_of,
)
from minutebook.meetings.models import (  # noqa: E402
    Action,
    ActionStatus,
    ActionUpdate,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Decision,
    EntryKind,
    ItemKind,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MinuteEntry,
    MinutesApproval,
    MinutesStatus,
)
from minutebook.search import indexing  # noqa: E402
from minutebook.search.backends import backend  # noqa: E402

PASSWORD = "minutebook-bench-2024"
YEARS = 20
FULL = {"bodies": 30, "people": 1500, "meetings": 6000, "items": 36000, "entries": 150000,
        "actions": 30000}
BATCH = 2000
# The statuses a clerk sets; "not followed up" comes from imports, which the archive has none of.
SET_BY_CLERKS = [ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.DROPPED]

GIVEN = ["Alan", "Beth", "Carl", "Dina", "Evan", "Fay", "Gus", "Hana", "Ivor", "Jill", "Kit",
         "Lena", "Mark", "Nina", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera",
         "Will", "Xena", "Yusuf", "Zoe", "Priya", "Tomasz", "Grace", "Declan"]
FAMILY = ["Barker", "Cole", "Dunn", "Ellis", "Frost", "Grant", "Hale", "Irwin", "Judd", "Kemp",
          "Lowe", "Marsh", "Nash", "Owens", "Pryce", "Quayle", "Rowe", "Shah", "Tate", "Upton",
          "Vance", "Wade", "Yates", "Zielinski", "Okafor", "Lindqvist", "Begum", "Novak",
          "Fitzgerald", "Moreau", "Haddad", "Kowalski", "Mensah", "Oduya", "Petrov", "Ramos",
          "Singh", "Takahashi", "Watts", "Abbott", "Bellamy", "Crane", "Doyle", "Egan", "Finch",
          "Gill", "Hughes", "Ingram", "Jones", "Kerr"]
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Cllr", "Prof"]
DISTRICTS = ["Ashcombe", "Brindley", "Castlemere", "Dunholt", "Elmstead", "Fernley", "Glenmoor",
             "Hartwell", "Islebridge", "Kestrel Bay"]
TOPICS = ["Transport", "Admissions", "Funding formula", "Attendance", "Recruitment", "Buildings",
          "Inclusion", "Curriculum", "Wellbeing", "Governance", "Safeguarding", "High needs",
          "Exclusions", "Early years", "Post-16 provision", "Catering contract", "Broadband",
          "Teacher pay", "Inspection", "Home education", "Apprenticeships", "Energy costs",
          "School places", "Mental health", "Special educational needs", "Partnership boards"]
VERBS = ["reported on", "raised concerns about", "summarised the position on", "welcomed",
         "asked for figures on", "proposed a review of", "questioned the timetable for",
         "presented a paper on", "updated members on", "challenged the assumptions behind"]
OBJECTS = ["the consultation response", "the county budget", "the draft strategy",
           "staffing levels", "the capital programme", "the pilot scheme", "the annual report",
           "the funding settlement", "the transport contract", "the data return",
           "rural schools", "small primaries", "the trust boards", "the local authority"]
TAILS = ["Members agreed to revisit this at the next meeting.",
         "The chair thanked colleagues for their contributions.",
         "Figures would be circulated before the next meeting.",
         "It was noted that the deadline had moved twice this year.",
         "Concerns were recorded about the impact on pupils with complex needs.",
         "The officer undertook to report back in writing.",
         "Several heads said the guidance was unclear.",
         "The position remains unchanged since the last report."]
ACTION_VERBS = ["Circulate", "Draft", "Write to", "Collect", "Arrange", "Review", "Report on",
                "Invite", "Confirm", "Publish"]
ENTRY_KINDS = ([EntryKind.DISCUSSION] * 10 + [EntryKind.CONTRIBUTION] * 4
               + [EntryKind.POSITION, EntryKind.NOTE, EntryKind.NB])
# Words the load run searches for: common, middling and rare hits.
QUERIES = ["transport", "funding formula", "budget", "safeguarding review", "broadband",
           "apprenticeships", "recruit", "catering contract", "teacher pay", "mental health",
           "inspection", "energy costs", "home education", "rural schools", "pilot"]


def main(argv=None) -> int:
    args = parse_args(argv)
    if Meeting.objects.exists():
        sys.exit("generate.py: the database already holds meetings; start from an empty one")
    rng = random.Random(args.seed)
    counts = scaled(args.scale)
    started = time.perf_counter()
    with transaction.atomic():
        made = Archive(rng, counts, anchor(args.anchor)).build()
    rows_done = time.perf_counter()
    index_docs = rebuild_index()
    index_done = time.perf_counter()
    analyse()
    manifest = made.manifest()
    manifest["timings"] = {"rows_s": round(rows_done - started, 1),
                           "index_s": round(index_done - rows_done, 1),
                           "total_s": round(time.perf_counter() - started, 1)}
    manifest["counts"] = made.totals() | {"search_documents": index_docs}
    Path(args.manifest).write_text(json.dumps(manifest, indent=1))
    print(json.dumps({"counts": manifest["counts"], "timings": manifest["timings"]}))
    return 0


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scale", type=float, default=1.0, help="1.0 is the full archive")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--anchor", help="the archive's 'today', YYYY-MM-DD (default: this Monday)")
    p.add_argument("--manifest", default="bench-manifest.json")
    return p.parse_args(argv)


def anchor(text: str | None) -> date:
    """The archive ends around this day. A Monday, so a cached copy stays sensible all week."""
    if text:
        return date.fromisoformat(text)
    today = timezone.localdate()
    return today - timedelta(days=today.weekday())


def scaled(scale: float) -> dict:
    # Bodies and people shrink more slowly, so that small runs still have real memberships.
    counts = {k: max(1, round(v * scale)) for k, v in FULL.items()}
    counts["bodies"] = max(6, round(FULL["bodies"] * min(1.0, scale * 4)))
    counts["people"] = max(120, round(FULL["people"] * min(1.0, scale * 4)))
    return counts


def spread(rng: random.Random, total: int, slots: int) -> list[int]:
    """`total` split over `slots` unevenly (some meetings are long), summing exactly."""
    weights = [rng.uniform(0.4, 1.6) for _ in range(slots)]
    scale = total / sum(weights)
    shares = [int(w * scale) for w in weights]
    for i in rng.sample(range(slots), total - sum(shares)):
        shares[i] += 1
    return shares


def bulk(model, rows):
    """Insert in batches; ids come back (RETURNING) on both SQLite and PostgreSQL."""
    return model.objects.bulk_create(rows, batch_size=BATCH)


def at(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, clock(hour, 0)))


class Archive:
    def __init__(self, rng: random.Random, counts: dict, today: date):
        self.rng, self.counts, self.today = rng, counts, today
        self.now = at(today, 12)
        self.start = today - timedelta(days=365 * YEARS)

    def build(self):
        self.areas = self.make_areas()
        self.schools = self.make_schools()
        self.people = self.make_people()
        self.bodies = self.make_bodies()
        self.members = self.make_memberships()
        self.meetings = self.make_meetings()
        self.held = [m for m in self.meetings if m.start < self.now]
        self.make_attendance()
        self.items = self.make_items()
        self.entries = self.make_entries()
        self.actions = self.make_actions()
        self.make_updates()
        self.make_decisions()
        self.make_approvals()
        self.users = self.make_users()
        return self

    # Who meets.

    def make_areas(self) -> list[Area]:
        districts = bulk(Area, [Area(name=n) for n in DISTRICTS])
        subs = [Area(name=f"{d.name} {side}", parent=d) for d in districts
                for side in ("North", "South")]
        return districts + bulk(Area, subs)

    def make_schools(self) -> list[School]:
        rows = []
        for n in range(self.counts["people"] // 3):
            phase = self.rng.choices(Phase.values, weights=[6, 3, 1])[0]
            area = self.rng.choice(self.areas)
            rows.append(School(name=f"{area.name} {phase.title()} School {n + 1}", phase=phase,
                               area=area))
        return bulk(School, rows)

    def make_people(self) -> list[Person]:
        rows = []
        for n in range(self.counts["people"]):
            given, family = self.rng.choice(GIVEN), self.rng.choice(FAMILY)
            head = n < len(self.schools)
            rows.append(Person(
                title=self.rng.choice(TITLES), given_name=given, family_name=family,
                initials=initials_of(given, family), email=f"p{n}@bench.example",
                school=self.schools[n] if head else None,
                job_title="Headteacher" if head else "County officer",
                calendar_token=f"bench-{n}-{self.rng.getrandbits(64):016x}",
            ))
        return bulk(Person, rows)

    def make_bodies(self) -> list[Body]:
        kinds = [BodyKind.FORUM, BodyKind.BOARD, BodyKind.COMMITTEE, BodyKind.EXECUTIVE,
                 BodyKind.WORKING_GROUP]
        rows = []
        for n in range(self.counts["bodies"]):
            kind = kinds[n % len(kinds)]
            topic = TOPICS[n % len(TOPICS)]
            rows.append(Body(
                name=f"{DISTRICTS[n % len(DISTRICTS)]} {topic} {kind.label} {n + 1}",
                slug=f"body-{n + 1}", kind=kind,
                # One in four is private: executives and working groups mostly.
                is_public=n % 4 != 3, description=f"Oversees {topic.lower()} across the area.",
                required_phases=[Phase.PRIMARY, Phase.SECONDARY] if n % 3 == 0 else [],
                meetings_per_year=10, usual_venue=f"County Hall, Room {n % 9 + 1}",
            ))
        bodies = bulk(Body, rows)
        through = Body.required_areas.through
        bulk(through, [through(body_id=b.pk, area_id=a.pk) for b in bodies[::2]
                       for a in self.areas[:len(DISTRICTS)][:4]])
        return bodies

    def make_memberships(self) -> dict[int, list[Person]]:
        """About 40 current members a body, plus people who left years ago."""
        rows, members = [], {}
        for body in self.bodies:
            chosen = self.rng.sample(self.people, min(48, len(self.people)))
            current, former = chosen[:40], chosen[40:]
            members[body.pk] = current
            for n, person in enumerate(current):
                rows.append(Membership(
                    person=person, body=body, role=role_for(n), area=self.rng.choice(self.areas),
                    phase=person.school.phase if person.school_id else "",
                    start=self.start + timedelta(days=self.rng.randrange(365 * (YEARS - 1))),
                ))
            for person in former:
                began = self.start + timedelta(days=self.rng.randrange(365 * 10))
                rows.append(Membership(person=person, body=body, role=Role.MEMBER, start=began,
                                       end=began + timedelta(days=365 * 4)))
        bulk(Membership, rows)
        return members

    # Meetings and what was said at them.

    def make_meetings(self) -> list[Meeting]:
        per_body = spread(self.rng, self.counts["meetings"], len(self.bodies))
        end = self.today + timedelta(days=120)
        rows = []
        for body, count in zip(self.bodies, per_body, strict=True):
            step = (end - self.start).days / count
            for k in range(count):
                day = self.start + timedelta(days=int(k * step) + self.rng.randrange(5))
                rows.append(self.meeting(body, day, last=(end - day).days < step * 3))
        rows.sort(key=lambda m: m.start)
        return bulk(Meeting, rows)

    def meeting(self, body, day, last) -> Meeting:
        start = at(day, self.rng.choice([9, 10, 14, 16]))
        held = start < self.now
        if not held:
            minutes = MinutesStatus.NONE
        elif last:  # the most recent meetings still have minutes in draft or circulation
            minutes = self.rng.choice([MinutesStatus.DRAFT, MinutesStatus.CIRCULATED])
        else:
            minutes = MinutesStatus.APPROVED
        return Meeting(
            body=body, start=start, end=start + timedelta(hours=2), venue=body.usual_venue,
            kind=MeetingKind.EXECUTIVE if body.kind == BodyKind.EXECUTIVE else MeetingKind.FULL,
            status=MeetingStatus.HELD if held else MeetingStatus.SCHEDULED,
            minutes_status=minutes, uid=uuid.UUID(int=self.rng.getrandbits(128)),
        )

    def make_attendance(self):
        rows = []
        for m in self.held:
            for n, person in enumerate(self.rng.sample(self.members[m.body_id], 12)):
                status = AttendanceStatus.APOLOGIES if n >= 10 else AttendanceStatus.PRESENT
                rows.append(Attendance(meeting=m, person=person, status=status))
        bulk(Attendance, rows)

    def make_items(self) -> dict[int, list[AgendaItem]]:
        """About six a meeting: minutes, matters arising, business, any other business."""
        shares = spread(self.rng, self.counts["items"], len(self.held))
        rows = []
        for m, count in zip(self.held, shares, strict=True):
            topics = self.rng.sample(TOPICS, max(1, count - 3))
            titles = [("Minutes of the last meeting", ItemKind.LAST_MINUTES),
                      ("Matters arising", ItemKind.MATTERS_ARISING)]
            titles += [(t, ItemKind.SUBSTANTIVE) for t in topics]
            titles.append(("Any other business", ItemKind.AOB))
            for n, (title, kind) in enumerate(titles[:max(count, 1)]):
                rows.append(AgendaItem(
                    meeting=m, number=str(n + 1), title=title, kind=kind, order=n,
                    confidential=kind == ItemKind.SUBSTANTIVE and self.rng.random() < 0.04,
                ))
        items = {}
        for item in bulk(AgendaItem, rows):
            items.setdefault(item.meeting_id, []).append(item)
        return items

    def make_entries(self) -> dict[int, list[MinuteEntry]]:
        shares = spread(self.rng, self.counts["entries"], len(self.held))
        rows, speakers = [], []
        for m, count in zip(self.held, shares, strict=True):
            items, people = self.items[m.pk], self.members[m.body_id]
            for n in range(count):
                item = items[n % len(items)]
                who = self.rng.choice(people) if self.rng.random() < 0.45 else None
                rows.append(self.entry(item, n // len(items), who))
                speakers.append(who)
        made = bulk(MinuteEntry, rows)
        through = MinuteEntry.speakers.through
        bulk(through, [through(minuteentry_id=e.pk, person_id=p.pk)
                       for e, p in zip(made, speakers, strict=True) if p])
        by_meeting = {}
        for e in made:
            by_meeting.setdefault(e.item.meeting_id, []).append(e)
        return by_meeting

    def entry(self, item, order, who) -> MinuteEntry:
        r = self.rng
        text = f"{r.choice(VERBS).capitalize()} {r.choice(OBJECTS)} and {r.choice(TOPICS).lower()}."
        if who:
            text = f"{who.given_name} {text[0].lower()}{text[1:]}"
        text += " " + " ".join(r.sample(TAILS, r.randint(1, 3)))
        return MinuteEntry(
            item=item, order=order, kind=r.choice(ENTRY_KINDS), text=text,
            attribution=who.initials if who and r.random() < 0.5 else "",
            confidential=r.random() < 0.05,
        )

    def make_actions(self) -> list[Action]:
        shares = spread(self.rng, self.counts["actions"], len(self.held))
        rows, owners = [], []
        for m, count in zip(self.held, shares, strict=True):
            entries = self.entries.get(m.pk, [])
            for _ in range(count):
                rows.append(self.action(m, self.rng.choice(entries) if entries else None))
                owners.append(self.rng.sample(self.members[m.body_id], self.rng.choice([1, 1, 2])))
        made = bulk(Action, rows)
        through = Action.owners.through
        bulk(through, [through(action_id=a.pk, person_id=p.pk)
                       for a, people in zip(made, owners, strict=True) for p in people])
        return made

    def action(self, meeting, entry) -> Action:
        r = self.rng
        age = (self.now - meeting.start).days
        if age > 365:  # old actions are settled, bar a few kept open for years
            status = r.choices(SET_BY_CLERKS, weights=[4, 85, 11])[0]
        else:
            status = r.choices(SET_BY_CLERKS, weights=[70, 25, 5])[0]
        next_meeting = r.random() < 0.3
        return Action(
            meeting=meeting, entry=entry, status=status, created=meeting.start,
            text=f"{r.choice(ACTION_VERBS)} {r.choice(OBJECTS)} on {r.choice(TOPICS).lower()}",
            due_next_meeting=next_meeting,
            due_date=None if next_meeting else meeting.start.date() + timedelta(
                days=r.choice([14, 30, 60, 90])),
            confidential=r.random() < 0.03, kept_under_review=r.random() < 0.02,
        )

    def next_meetings(self) -> dict[int, Meeting]:
        """Each held meeting's successor in the same body: where its actions were reported."""
        following, last = {}, {}
        for m in self.meetings:
            if m.body_id in last:
                following[last[m.body_id].pk] = m
            last[m.body_id] = m
        return following

    def make_updates(self):
        following = self.next_meetings()
        rows, closed = [], []
        for a in self.actions:
            reported = following.get(a.meeting_id)
            if reported is None or reported.start > self.now:
                continue
            if a.status != ActionStatus.OPEN:
                a.closed_at = reported
                closed.append(a)
                note = "Reported complete." if a.status == ActionStatus.DONE else "No longer needed."
            elif self.rng.random() < 0.5:
                note = "Progress reported; still open."
            else:
                continue
            rows.append(ActionUpdate(action=a, meeting=reported, status=a.status, note=note,
                                     created=reported.start))
        bulk(ActionUpdate, rows)
        Action.objects.bulk_update(closed, ["closed_at"], batch_size=BATCH)
        self.update_count = len(rows)

    def make_decisions(self):
        rows = []
        for m in self.held:
            rows.append(Decision(meeting=m, order=0, text="Minutes of the previous meeting "
                                 "agreed as an accurate record."))
            for n, e in enumerate(self.rng.sample(self.entries.get(m.pk, []), 1)):
                rows.append(Decision(meeting=m, entry=e, order=n + 1,
                                     confidential=e.confidential,
                                     text=f"Agreed: {e.text.split('.')[0].lower()}."))
        self.decision_count = len(bulk(Decision, rows))

    def make_approvals(self):
        following = self.next_meetings()
        rows = [MinutesApproval(minutes_of=m, approved_at=following.get(m.pk),
                                approved_on=(following[m.pk] if m.pk in following else m)
                                .start.date(), note="Agreed as an accurate record.")
                for m in self.held if m.minutes_status == MinutesStatus.APPROVED]
        bulk(MinutesApproval, rows)

    # Logins, and what the load run should ask for.

    def make_users(self) -> dict:
        """A clerk of the first body, a member of the first two bodies, an administrator."""
        User = get_user_model()
        first, second = self.bodies[0], self.bodies[3]  # body 4 is private
        clerk_person = self.members[first.pk][2]  # role_for(2) is the clerk
        member_person = self.members[first.pk][10]
        Membership.objects.create(person=member_person, body=second, role=Role.MEMBER,
                                  start=self.start)
        clerk = User.objects.create_user("clerk", "clerk@bench.example", PASSWORD)
        member = User.objects.create_user("member", "member@bench.example", PASSWORD)
        User.objects.create_superuser("admin", "admin@bench.example", PASSWORD)
        Person.objects.filter(pk=clerk_person.pk).update(user=clerk)
        Person.objects.filter(pk=member_person.pk).update(user=member)
        return {"clerk": [first.slug], "member": [first.slug, second.slug]}

    def manifest(self) -> dict:
        public = {b.pk for b in self.bodies if b.is_public}
        approved = [m.pk for m in self.held
                    if m.body_id in public and m.minutes_status == MinutesStatus.APPROVED]
        mine = set(self.users["member"])
        member_bodies = {b.pk for b in self.bodies if b.slug in mine}
        return {
            "password": PASSWORD,
            "users": self.users,
            "public_bodies": [b.slug for b in self.bodies if b.is_public],
            "public_meetings": self.rng.sample(approved, min(400, len(approved))),
            "member_meetings": [m.pk for m in self.held if m.body_id in member_bodies],
            "queries": QUERIES,
        }

    def totals(self) -> dict:
        return {"areas": len(self.areas), "people": len(self.people), "bodies": len(self.bodies),
                "meetings": len(self.meetings), "items": sum(map(len, self.items.values())),
                "entries": sum(map(len, self.entries.values())), "actions": len(self.actions),
                "action_updates": self.update_count, "decisions": self.decision_count}


def role_for(n: int) -> str:
    """The first few members of each body hold its offices."""
    return {0: Role.CHAIR, 1: Role.VICE_CHAIR, 2: Role.CLERK, 3: Role.OFFICER,
            4: Role.OFFICER, 5: Role.OBSERVER}.get(n, Role.MEMBER)


def rebuild_index() -> int:
    """The same rebuild as `minutebook manage reindex`, without its progress bar."""
    done = sum(indexing.rebuild())
    backend().rebuild()
    return done


def analyse():
    # PostgreSQL's autovacuum would gather statistics and vacuum the new rows within a minute
    # or two of a load this size, as it has long since done on a real 20-year archive. Do it
    # now, so that the run measures neither plans made without statistics nor autovacuum.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")


if __name__ == "__main__":
    sys.exit(main())
