"""Pages for clerks, members and the public. Every query goes through the viewer's rules."""

from django.contrib.auth.decorators import login_required
from django.db.models import Case, IntegerField, Q, When
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from minutebook.accounts.access import viewer
from minutebook.bodies.models import Body, Membership, Person, Role, membership_gaps
from minutebook.meetings import attendance
from minutebook.meetings.layout import minutes_layout
from minutebook.meetings.models import OWNER_NAMES, Action, ActionQuerySet, Decision, Meeting
from minutebook.pagecache.models import ACTIONS, MINUTES
from minutebook.pagecache.pages import cached_page, depends_on

# What the dashboard's lists of actions show: whole actions, meetings and bodies, every date
# and JSON field converted, cost the page more than its queries did.
LISTED_ACTION = ("text", "owners_as_written", "owner_groups", "due_date", "due_next_meeting",
                 "meeting__start", "meeting__body_id")

ROLE_ORDER = [Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.OBSERVER, Role.OFFICER, Role.CLERK]


def healthz(request):
    """A trivial page: load balancers poll it, and benchmarks use it as their floor."""
    return HttpResponse("ok", content_type="text/plain")


def home(request):
    if request.user.is_authenticated:
        return redirect("dashboard")
    v = viewer(request)
    ctx = {
        "bodies": v.bodies(Body.objects.all()),
        "recent": v.minutes(Meeting.objects.select_related("body")).past()[:10],
    }
    return render(request, "front/home.html", ctx)


@login_required
@cached_page
def dashboard(request):
    v = viewer(request)
    bodies = list(Body.objects.all() if v.is_admin
                  else Body.objects.filter(pk__in=v.member_body_ids))
    depends_on((b.pk for b in bodies), ACTIONS)  # its meetings' rows count for both facets
    meetings = Meeting.objects.filter(body__in=bodies).select_related("body")
    actions = v.actions(Action.objects.open().filter(meeting__body__in=bodies))
    upcoming = list(meetings.upcoming().order_by("start")[:8])
    ctx = {
        "bodies": bodies,
        "upcoming": upcoming,
        "overdue": actions.overdue().select_related("meeting").only(*LISTED_ACTION)
        .prefetch_related(OWNER_NAMES)[:20],
        "due_next": due_before_next(actions, upcoming),
        "awaiting": v.minutes(meetings.awaiting_approval()).past().order_by("start")[:10],
        "gaps": membership_gaps(bodies),
    }
    return render(request, "front/dashboard.html", ctx)


def due_before_next(actions, upcoming, limit=20):
    """Open actions not yet overdue that fall due by each body's next meeting, body by body
    in the order of those meetings: one query, however many bodies."""
    nexts = {}
    for m in upcoming:
        nexts.setdefault(m.body_id, m)
    if not nexts:
        return []
    due = Q(pk__in=[])
    for meeting in nexts.values():
        due |= Q(meeting__body=meeting.body_id) & ActionQuerySet.due_before_q(meeting)
    place = Case(*(When(meeting__body=b, then=n) for n, b in enumerate(nexts)),
                 output_field=IntegerField())
    found = (actions.exclude(due_date__lt=timezone.localdate()).filter(due)
             .select_related("meeting").only(*LISTED_ACTION).prefetch_related(OWNER_NAMES)
             .order_by(place, "-meeting__start", "pk")[:limit])
    return [(a, nexts[a.meeting.body_id]) for a in found]


def body(request, slug):
    v = viewer(request)
    body = get_object_or_404(v.bodies(Body.objects.all()), slug=slug)
    meetings = Meeting.objects.filter(body=body)
    members = sorted(
        Membership.objects.filter(body=body).current().select_related("person__school", "area"),
        key=lambda m: (ROLE_ORDER.index(m.role), m.person.family_name),
    )
    areas, phases = body.area_coverage(), body.phase_coverage()
    open_actions = v.actions(Action.objects.open().for_body(body)).prefetch_related("owners")
    ctx = {
        "body": body,
        "members": members,
        "next_meeting": meetings.upcoming().order_by("start").first(),
        "past": v.minutes(meetings.past())[:12],
        "open_actions": open_actions[:12],
        "open_count": open_actions.count(),
        "area_coverage": areas,
        "phase_coverage": phases,
        "uncovered_areas": [a for a, people in areas if not people],
        "uncovered_phases": [p for p, people in phases if not people],
        "attendance": attendance.record_for(body, [m.person for m in members]),
        "can_edit": v.can_edit(body),
        "is_member": v.person is not None and body.pk in v.member_body_ids,
    }
    return render(request, "front/body.html", ctx)


# A meeting's page depends on the rows alone, never on the time of day.
@cached_page(seconds=600)
def meeting(request, pk):
    v = viewer(request)
    meeting = get_object_or_404(v.meetings(Meeting.objects.select_related("body")), pk=pk)
    depends_on([meeting.body_id], MINUTES)
    can_read = v.can_see_minutes(meeting)
    # The model's ordering starts with the meeting, which would join it to sort by nothing.
    attendance = meeting.attendance.select_related("person").order_by(
        "status", "person__family_name", "name_as_written")
    ctx = {
        "meeting": meeting,
        "can_read": can_read,
        "attendance": attendance if can_read else [],
        "rows": minutes_layout(meeting, v.can_see_confidential(meeting.body)) if can_read else [],
        "can_edit": v.can_edit(meeting.body),
        "can_see_confidential": v.can_see_confidential(meeting.body),
        "originals": meeting.documents.order_by("kind", "original_name")
        if v.can_read_originals(meeting.body) else [],
    }
    return render(request, "front/meeting.html", ctx)


def person(request, pk):
    v = viewer(request)
    person = get_object_or_404(Person, pk=pk)
    memberships = person.memberships.filter(body__in=v.bodies(Body.objects.all()))
    if not memberships.exists() and not v.is_admin:
        raise Http404("No such person")
    visible = v.minutes(Meeting.objects.all())
    ctx = {
        "person": person,
        "memberships": memberships.select_related("body", "area"),
        "actions": v.actions(person.actions.all()).select_related("meeting__body"),
        "attendance": person.attendance.filter(meeting__in=visible)
        .select_related("meeting__body").order_by("-meeting__start")[:30],
    }
    return render(request, "front/person.html", ctx)


def decisions(request):
    v = viewer(request)
    qs = v.decisions(Decision.objects.select_related("meeting__body"))
    body_slug = request.GET.get("body", "")
    if body_slug:
        qs = qs.filter(meeting__body__slug=body_slug)
    ctx = {"decisions": qs[:500], "bodies": v.bodies(Body.objects.all()), "body_slug": body_slug}
    return render(request, "front/decisions.html", ctx)

