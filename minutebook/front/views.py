"""Pages for clerks, members and the public. Every query goes through the viewer's rules."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from minutebook.accounts.access import viewer
from minutebook.bodies.models import Body, Membership, Person
from minutebook.front.minutes import minutes_layout
from minutebook.meetings.models import Action, Meeting


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
def dashboard(request):
    v = viewer(request)
    bodies = Body.objects.all() if v.is_admin else Body.objects.filter(pk__in=v.member_body_ids)
    meetings = Meeting.objects.filter(body__in=bodies).select_related("body")
    actions = v.actions(Action.objects.open().filter(meeting__body__in=bodies))
    ctx = {
        "bodies": bodies,
        "upcoming": meetings.upcoming().order_by("start")[:8],
        "overdue": actions.overdue().select_related("meeting__body")[:20],
        "awaiting": v.minutes(meetings.awaiting_approval()).past().order_by("start")[:10],
        "gaps": [(b, b.uncovered_areas(), b.uncovered_phases()) for b in bodies],
    }
    return render(request, "front/dashboard.html", ctx)


def body(request, slug):
    v = viewer(request)
    body = get_object_or_404(v.bodies(Body.objects.all()), slug=slug)
    meetings = Meeting.objects.filter(body=body)
    members = Membership.objects.filter(body=body).current().select_related(
        "person__school", "area"
    )
    ctx = {
        "body": body,
        "members": members.order_by("role", "person__family_name"),
        "next_meeting": meetings.upcoming().order_by("start").first(),
        "past": v.minutes(meetings.past())[:12],
        "open_actions": v.actions(Action.objects.open().for_body(body)).prefetch_related("owners"),
        "uncovered_areas": body.uncovered_areas(),
        "uncovered_phases": body.uncovered_phases(),
        "can_edit": v.can_edit(body),
    }
    return render(request, "front/body.html", ctx)


def meeting(request, pk):
    v = viewer(request)
    meeting = get_object_or_404(v.meetings(Meeting.objects.select_related("body")), pk=pk)
    can_read = v.can_see_minutes(meeting)
    ctx = {
        "meeting": meeting,
        "can_read": can_read,
        "attendance": meeting.attendance.select_related("person") if can_read else [],
        "rows": minutes_layout(meeting, v.can_see_confidential(meeting.body)) if can_read else [],
        "can_edit": v.can_edit(meeting.body),
    }
    return render(request, "front/meeting.html", ctx)


def person(request, pk):
    v = viewer(request)
    person = get_object_or_404(Person, pk=pk)
    memberships = person.memberships.filter(body__in=v.bodies(Body.objects.all()))
    if not memberships.exists() and not v.is_admin:
        raise Http404("No such person")
    ctx = {
        "person": person,
        "memberships": memberships.select_related("body", "area"),
        "actions": v.actions(person.actions.all()).select_related("meeting__body"),
    }
    return render(request, "front/person.html", ctx)

