"""The demo workspace: Harrowvale, a fictional county, and its headteachers' forums.

Everything here is invented. Dates are placed around today so that the demo always has a
year of past meetings and a next meeting to prepare.
"""

from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from minutebook.bodies.models import Area, Body, BodyKind, Membership, Person, Phase, Role, School
from minutebook.consultations.models import (
    Consultation,
    ConsultationResponse,
    Point,
    PointSource,
)
from minutebook.meetings.models import (
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

FORUM_SLUG = "harrowvale-secondary-forum"
PASSWORD = "minutebook-demo"
USERS = {"clerk": "the forums' clerk", "member": "a forum member", "admin": "an administrator"}

AREAS = {
    "Ashcombe": [],
    "Brindley": ["Brindley Town", "Brindley Rural"],
    "Castlemere": [],
    "Dunholt": ["Dunholt, Kestrel Bay and Orme"],
    "Elmstead": [],
}

# (title, given, family, school or None, phase, area, forum role)
SECONDARY = [
    ("Mr", "Adrian", "Bellamy", "Ashcombe Academy", "secondary", "Ashcombe", Role.CHAIR),
    ("Ms", "Helen", "Okafor", "Brindley High School", "secondary", "Brindley Town", Role.VICE_CHAIR),
    ("Mr", "Ravi", "Gill", "Castlemere School", "secondary", "Castlemere", Role.MEMBER),
    ("Mrs", "Pauline", "Lindqvist", "Brindley Vale College", "secondary", "Brindley Rural", Role.MEMBER),
    ("Dr", "Susan", "Kerr", "Elmstead Grammar School", "secondary", "Elmstead", Role.MEMBER),
    ("Mr", "Tom", "Yates", "Ashcombe Park Special School", "special", "Ashcombe", Role.MEMBER),
    ("Mrs", "", "Whitcombe", None, "", None, Role.OFFICER),
    ("Ms", "Rachel", "Tandy", None, "", None, Role.OFFICER),
    ("Mr", "Martin", "Boyce", None, "", None, Role.OFFICER),
    ("Ms", "Clare", "Ingram", None, "", None, Role.CLERK),
]
PRIMARY = [
    ("Mrs", "Nadia", "Hussain", "Castlemere Primary School", "primary", "Castlemere", Role.CHAIR),
    ("Mr", "Owen", "Price", "Elmstead Infant School", "primary", "Elmstead", Role.MEMBER),
    ("Ms", "Lucy", "Fenwick", "Brindley St Mary's Primary", "primary", "Brindley Town", Role.MEMBER),
    ("Mr", "George", "Abbott", "Dunholt Primary School", "primary", "Dunholt", Role.MEMBER),
    ("Mrs", "Joanna", "Marsh", "Ashcombe CE Primary School", "primary", "Ashcombe", Role.MEMBER),
]


def at(day: date, hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


@transaction.atomic
def load(today: date | None = None, with_users: bool = True) -> Body:
    today = today or timezone.localdate()
    areas = make_areas()
    forum = Body.objects.create(
        name="Harrowvale Secondary Forum", slug=FORUM_SLUG, kind=BodyKind.FORUM,
        description="Secondary and special school headteachers with the county's officers.",
        required_phases=[Phase.SECONDARY, Phase.SPECIAL],
    )
    # Dunholt has nobody on the forum: the gap the clerk must see at a glance.
    forum.required_areas.set(areas[n] for n in AREAS)
    executive = Body.objects.create(
        name="Harrowvale Secondary Forum Executive", slug="harrowvale-secondary-executive",
        kind=BodyKind.EXECUTIVE, parent=forum, is_public=False,
        description="Plans the forum's agenda about two weeks before each forum meeting.",
    )
    primary = Body.objects.create(
        name="Harrowvale Primary Headteachers Executive", slug="harrowvale-primary-executive",
        kind=BodyKind.EXECUTIVE, required_phases=[Phase.PRIMARY],
        description="Elected primary headteachers representing their district associations.",
    )
    primary.required_areas.set(areas[n] for n in AREAS)
    people = add_members(forum, SECONDARY, areas)
    add_members(executive, SECONDARY[:2] + SECONDARY[6:], areas, people)
    people.update(add_members(primary, PRIMARY + SECONDARY[6:], areas, people))
    meetings = make_year(forum, executive, today)
    write_minutes(forum, meetings, people, today)
    make_consultation(forum, primary, meetings, people, today)
    if with_users:
        make_users(people)
    return forum


def make_areas() -> dict[str, Area]:
    made = {}
    for name, subs in AREAS.items():
        made[name] = Area.objects.create(name=name)
        for sub in subs:
            made[sub] = Area.objects.create(name=sub, parent=made[name])
    return made


def add_members(body, rows, areas, known=None) -> dict[str, Person]:
    known = dict(known or {})
    for title, given, family, school_name, phase, area, role in rows:
        key = f"{given} {family}".strip()
        person = known.get(key)
        if person is None:
            school = None
            if school_name:
                school = School.objects.create(name=school_name, phase=phase, area=areas[area])
            person = Person.objects.create(
                title=title, given_name=given, family_name=family, school=school,
                email=f"{(given or title).lower()}.{family.lower()}@harrowvale.example",
                job_title="Headteacher" if school else "County officer",
            )
            known[key] = person
        Membership.objects.create(
            person=person, body=body, role=role, phase=phase,
            area=areas[area] if area else None, start=date(2024, 9, 1),
        )
    return known


def make_year(forum, executive, today) -> list[Meeting]:
    """Six forum meetings a year, each with the executive about two weeks before."""
    first = today - timedelta(days=300)
    forums = []
    for n in range(7):
        day = first + timedelta(days=61 * n)
        day += timedelta(days=(2 - day.weekday()) % 7)  # forums meet on Wednesdays
        exec_meeting = Meeting.objects.create(
            body=executive, kind=MeetingKind.EXECUTIVE, start=at(day - timedelta(days=16), 16),
            venue="County Hall, Committee Room 2",
        )
        forums.append(Meeting.objects.create(
            body=forum, kind=MeetingKind.FULL, start=at(day, 9),
            end=at(day, 12), venue="Harrowvale Professional Development Centre",
            linked_meeting=exec_meeting,
        ))
    for m in forums + list(Meeting.objects.filter(body=executive)):
        if m.start.date() < today:
            m.status = MeetingStatus.HELD
            m.save()
    return forums


def write_minutes(forum, meetings, people, today):
    held = [m for m in meetings if m.start.date() < today]
    for n, meeting in enumerate(held):
        last = n == len(held) - 1
        minutes_for(meeting, people, n, upcoming=meetings)
        meeting.minutes_status = MinutesStatus.CIRCULATED if last else MinutesStatus.APPROVED
        meeting.save()
        if n:
            MinutesApproval.objects.create(
                minutes_of=held[n - 1], approved_at=meeting, approved_on=meeting.start.date(),
                note="Agreed as an accurate record.",
            )
    settle_actions(held, people)


ATTENDING = ["Adrian Bellamy", "Helen Okafor", "Ravi Gill", "Whitcombe", "Rachel Tandy",
             "Martin Boyce", "Susan Kerr", "Clare Ingram"]


# Each held meeting discusses different business: (title, speaker, what was said,
# action text or None, action owners' names, owners as written).
BUSINESS = [
    [
        ("Area partnership boards", "Rachel Tandy", "set out the county's plan to bring its "
         "twelve local partnership boards into four area boards from September.", None),
        ("High needs funding", "Martin Boyce", "stressed that the banding model for high needs "
         "places is under review and the figures shared are not final.",
         ("Circulate the draft high needs banding tables to forum members", ["Martin Boyce"], "MB")),
    ],
    [
        ("Attendance strategy", "Rachel Tandy", "presented the attendance toolkit and asked heads "
         "which parts they would use first.",
         ("Share the attendance toolkit with every secondary head", ["Rachel Tandy"], "RT")),
        ("Teacher recruitment", "Helen Okafor", "reported vacancies in mathematics and physics "
         "across the north of the county.",
         ("Collect vacancy figures from each district", ["Helen Okafor", "Ravi Gill"], "HO & RG")),
    ],
    [
        ("Post-16 transport", "Adrian Bellamy", "raised the cost of college routes for rural "
         "students and the effect on staying-on rates.",
         ("Write to the transport team about college routes", ["Adrian Bellamy"], "AB")),
        ("SEND capital programme", "Martin Boyce", "described the bidding round for specialist "
         "resource bases attached to secondary schools.", None),
    ],
    [
        ("Inspection readiness", "Susan Kerr", "shared what her school learned from a recent "
         "inspection and offered to host a visit.", None),
        ("Headteacher wellbeing", "Helen Okafor", "proposed a peer support scheme for heads in "
         "their first two years.",
         ("Arrange a wellbeing session for new heads", ["Susan Kerr"], "SK")),
    ],
    [
        ("Transition from primary", "Ravi Gill", "asked for common transfer information so that "
         "secondary schools receive the same data from every primary.",
         ("Draft a shared transfer form with the primary executive", ["Ravi Gill"], "RG")),
        ("Area partnership boards: update", "Rachel Tandy", "confirmed that each area board will "
         "keep two headteacher seats.",
         ("Directors to be invited to the next meeting to explain the new boards", [], "Directors")),
    ],
]

ATTENDING = ["Adrian Bellamy", "Helen Okafor", "Ravi Gill", "Whitcombe", "Rachel Tandy",
             "Martin Boyce", "Susan Kerr", "Clare Ingram"]


def minutes_for(meeting, people, n, upcoming):
    for name in ATTENDING:
        Attendance.objects.create(
            meeting=meeting, person=people[name], status=AttendanceStatus.PRESENT
        )
    for name in ("Pauline Lindqvist", "Tom Yates"):
        Attendance.objects.create(
            meeting=meeting, person=people[name], status=AttendanceStatus.APOLOGIES
        )
    p = people
    business = BUSINESS[n % len(BUSINESS)]
    item = items(meeting, [title for title, *_ in business])
    entry(item["membership"], "Important to secure membership from Dunholt; no head from the "
          "district has joined since the summer.")
    if n >= 3:
        act = entry(item["membership"], "Invite Dunholt heads to nominate a representative.",
                    kind=EntryKind.ACTION)
        action(meeting, act, "Invite Dunholt heads to nominate a representative",
               [p["Adrian Bellamy"]], "AB & DT", groups=["DT"], next_meeting=True)
    entry(item["urgent"], "None raised; all business was taken in the body of the agenda.")
    if n == 1:
        entry(item["minutes"], "Agreed as an accurate record. Apologies had been noted in error "
              "for Ravi Gill, who was present; the record is corrected.", kind=EntryKind.DECISION)
    else:
        entry(item["minutes"], "Agreed as an accurate record.", kind=EntryKind.DECISION)
    Decision.objects.create(meeting=meeting, text="Minutes of the previous meeting agreed as "
                            "an accurate record.")
    entry(item["matters"], "described her visits to schools below the floor standard and how "
          "the learning is being shared with primary colleagues.",
          speakers=[p["Whitcombe"]], attribution="Mrs Whitcombe")
    for sub, (_title, speaker, said, todo) in zip(item["children"], business, strict=False):
        who = p[speaker]
        entry(sub, said, speakers=[who], attribution=who.initials)
        if todo:
            text, owners, written = todo
            act = entry(sub, text + ".", kind=EntryKind.ACTION)
            action(meeting, act, text, [p[o] for o in owners], written,
                   groups=[] if owners else [written], next_meeting=not owners)
    first = item["children"][0]
    entry(first, "asked whether headteachers would be consulted before any change is made.",
          speakers=[p["Ravi Gill"], p["Helen Okafor"]], attribution="RG and HO",
          kind=EntryKind.CONTRIBUTION)
    entry(first, "The forum felt strongly that local networks that already work must not be "
          "lost.", kind=EntryKind.POSITION)
    entry(item["children"][1], "Briefing papers are still in draft and may change.",
          kind=EntryKind.NB)
    entry(item["children"][1], "All headteachers will be invited to the briefing sessions.",
          kind=EntryKind.NOTE)
    concern = item["children"][-1]
    entry(concern, "Martin shared the names of the three schools entering formal support this "
          "term, and the timetable for announcing them.", speakers=[p["Martin Boyce"]],
          attribution="Martin", confidential=True)
    entry(concern, "This item will be kept under review by the forum.", confidential=True)
    entry(item["aob"], "updated the forum on the support staff pay offer and urged colleagues "
          "to hold to the county settlement.", speakers=[p["Adrian Bellamy"]], attribution="AB")
    for m in [m for m in upcoming if m.start > meeting.start][:2]:
        entry(item["dates"], f"Executive {m.linked_meeting.start:%-d %B %Y}; forum "
              f"{m.start:%-d %B %Y}.")


def items(meeting, titles) -> dict:
    def add(order, title, kind, parent=None, number="", confidential=False):
        return AgendaItem.objects.create(
            meeting=meeting, order=order, title=title, kind=kind, parent=parent, number=number,
            confidential=confidential,
        )

    made = {
        "membership": add(1, "Membership check", ItemKind.STANDING),
        "urgent": add(2, "Urgent business", ItemKind.URGENT),
        "minutes": add(3, "Minutes", ItemKind.LAST_MINUTES),
        "matters": add(4, "Matters arising", ItemKind.MATTERS_ARISING),
        "discussion": add(5, "Forum follow-up and extended discussion", ItemKind.SUBSTANTIVE),
    }
    parent = made["discussion"]
    made["children"] = [
        add(6 + n, title, ItemKind.SUBSTANTIVE, parent, str(n + 1))
        for n, title in enumerate(titles)
    ]
    made["children"].append(add(
        9, "Schools causing concern", ItemKind.SUBSTANTIVE, parent, str(len(titles) + 1),
        confidential=True,
    ))
    made["aob"] = add(10, "Any other business", ItemKind.AOB)
    made["dates"] = add(11, "Dates of future meetings", ItemKind.FUTURE_DATES)
    return made


def entry(item, text, kind=EntryKind.DISCUSSION, speakers=(), attribution="", confidential=False):
    order = item.entries.count() + 1
    made = MinuteEntry.objects.create(
        item=item, order=order, kind=kind, text=text, attribution=attribution,
        confidential=confidential,
    )
    made.speakers.set(speakers)
    return made


def action(meeting, entry, text, owners, written, groups=(), next_meeting=False):
    made = Action.objects.create(
        meeting=meeting, entry=entry, text=text, owners_as_written=written,
        owner_groups=list(groups), due_next_meeting=next_meeting,
        due_date=None if next_meeting else (meeting.start + timedelta(days=30)).date(),
        created=meeting.start,
    )
    made.owners.set(owners)
    return made


def settle_actions(held, people):
    """Give the actions a history: most done, one dropped, recent ones open or overdue."""
    for n, meeting in enumerate(held[:-1]):
        reported_at = held[n + 1]
        for act in meeting.actions.all():
            if "vacancy" in act.text:
                act.status = ActionStatus.DROPPED
                note = "No longer needed: the county now publishes vacancy data."
            elif n < len(held) - 3:
                act.status = ActionStatus.DONE
                note = "Reported complete."
            else:
                act.kept_under_review = "Dunholt" in act.text
                note = "Progress reported; still open."
            if act.status != ActionStatus.OPEN:
                act.closed_at = reported_at
            act.save()
            ActionUpdate.objects.create(
                action=act, meeting=reported_at, status=act.status, note=note,
                created=reported_at.start,
            )


def make_consultation(forum, primary, meetings, people, today):
    paper = Consultation.objects.create(
        title="Learning Together: a partnership strategy for Harrowvale schools",
        issuer="Harrowvale County Council, Children and Families", deadline=today + timedelta(days=21),
        overview="A discussion paper on how schools, the county and partners will work together "
                 "over the next five years.",
        questions=["Does the vision reflect Harrowvale's needs?", "What support should the county offer?"],
    )
    paper.bodies.set([forum, primary])
    held = [m for m in meetings if m.start.date() < today]
    answers = {
        forum: [
            "The vision is welcome but says little about how it will be delivered.",
            "We need clear measures of success so schools know what will have changed.",
            "Support from the county should be offered to every school, not only those in difficulty.",
            "Leadership development and keeping experienced heads must be at the centre.",
            "The proposed name for the partnership is confusing and should be dropped.",
            "Safeguarding responsibilities of schools are barely mentioned.",
        ],
        primary: [
            "Heads liked the ambition but want to see the delivery plan.",
            "How will anyone know if the strategy has worked? Success criteria are missing.",
            "Help should not depend on a school failing first; all schools need an offer.",
            "Funding for pupils with complex needs must follow the child into mainstream schools.",
            "Small schools cannot give unlimited time to outreach; the county must say what it will do.",
            "The partnership's name does not describe what it is.",
        ],
    }
    for body, points in answers.items():
        response = ConsultationResponse.objects.create(
            consultation=paper, body=body, meeting=held[-1] if body == forum else None
        )
        for n, text in enumerate(points):
            Point.objects.create(response=response, text=text, order=n, source=PointSource.TYPED)
    # The consultation opens with its themes already found, as after the worker's first run.
    from minutebook.consultations.themes import run_engine

    run_engine(paper)


def make_users(people):
    User = get_user_model()
    clerk = User.objects.create_user("clerk", "clerk@harrowvale.example", PASSWORD)
    people["Clare Ingram"].user = clerk
    people["Clare Ingram"].save()
    member = User.objects.create_user("member", "ravi.gill@harrowvale.example", PASSWORD)
    people["Ravi Gill"].user = member
    people["Ravi Gill"].save()
    User.objects.create_superuser("admin", "admin@harrowvale.example", PASSWORD)
