"""The meeting cycle: schedule and calendar feeds, the agenda builder, approving minutes."""

from datetime import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from minutebook.accounts.access import viewer
from minutebook.bodies.models import Body, Membership, Person
from minutebook.meetings import agenda, approval, calendar, schedule
from minutebook.meetings.models import (
    AgendaItem,
    AgendaRequest,
    Attendance,
    AttendanceStatus,
    Meeting,
    MinuteEntry,
    MinutesLocked,
)
from minutebook.meetings.views import editable


def clerk_body(request, slug) -> Body:
    return viewer(request).body_to_edit(slug)


@login_required
def schedule_page(request, slug):
    body = clerk_body(request, slug)
    if request.method == "POST":
        try:
            first = datetime.strptime(request.POST.get("first", ""), "%Y-%m-%d").date()
        except ValueError:
            messages.error(request, "Give the date of the first meeting.")
        else:
            made = schedule.generate_year(body, first)
            messages.success(request, f"Scheduled {len(made)} meetings.")
        return redirect("schedule", body.slug)
    meetings = Meeting.objects.filter(body__in=[body, *body.sub_bodies.all()],
                                      start__gte=timezone.now()).order_by("start")
    return render(request, "meetings/schedule.html", {"body": body, "meetings": meetings})


@login_required
@require_POST
def meeting_move(request, pk):
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    if request.POST.get("cancel"):
        schedule.cancel(meeting)
        messages.success(request, f"Cancelled the meeting of {meeting.start:%-d %B %Y}.")
    else:
        try:
            start = timezone.make_aware(datetime.fromisoformat(request.POST.get("start", "")))
        except ValueError:
            messages.error(request, "Give a date and time.")
            return redirect("schedule", meeting.body.slug)
        schedule.move(meeting, start, request.POST.get("venue"))
        messages.success(request, "Meeting moved; calendars will update.")
    target = meeting.body.parent or meeting.body
    return redirect("schedule", target.slug)


def body_calendar(request, slug):
    body = get_object_or_404(viewer(request).bodies(Body.objects.all()), slug=slug)
    meetings = Meeting.objects.filter(body=body).select_related("body").order_by("start")
    return ics_response(calendar.feed(body.name, meetings), body.slug)


def person_calendar(request, token):
    person = Person.objects.filter(calendar_token=token).first()
    if person is None:
        raise Http404("No such calendar")
    bodies = Membership.objects.filter(person=person).current().values("body")
    meetings = Meeting.objects.filter(body__in=bodies).select_related("body").order_by("start")
    return ics_response(calendar.feed(f"Meetings for {person.full_name}", meetings), "meetings")


def ics_response(data: bytes, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    return response


@login_required
def agenda_page(request, pk):
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    if request.method == "POST" and request.POST.get("create"):
        agenda.create_agenda(meeting)
        messages.success(request, "Agenda created from the forward plan and open actions.")
        return redirect("agenda", meeting.pk)
    if request.method == "POST" and request.POST.get("carry"):
        carried = agenda.carry_in(meeting)
        messages.success(request, f"{carried} live action{'s' if carried != 1 else ''} put under "
                                  "matters arising.")
        return redirect("agenda", meeting.pk)
    arising, live = agenda.still_live(meeting)
    ctx = {
        "meeting": meeting,
        "items": meeting.agenda_items.all(),
        "proposal": None if meeting.agenda_items.exists() else agenda.propose(meeting),
        "requests": AgendaRequest.objects.filter(body=meeting.body, meeting=None),
        "arising": arising, "live": live,
    }
    return render(request, "meetings/agenda.html", ctx)


@login_required
@require_POST
def agenda_move(request, item_pk):
    item = editable(request, AgendaItem.objects.select_related("meeting__body"), item_pk)
    try:
        agenda.move_item(item, -1 if request.POST.get("direction") == "up" else 1)
    except MinutesLocked as exc:
        messages.error(request, str(exc))
    return redirect("agenda", item.meeting_id)


@login_required
@require_POST
def agenda_request(request, slug):
    body = get_object_or_404(viewer(request).bodies(Body.objects.all()), slug=slug)
    if not viewer(request).is_member(body):
        raise PermissionDenied
    title = " ".join(request.POST.get("title", "").split())[:300]
    if title:
        AgendaRequest.objects.create(body=body, title=title,
                                     requested_by=viewer(request).person)
        messages.success(request, "Your item is on the list for the next agenda.")
    return redirect(body)


@login_required
@require_POST
def agenda_circulate(request, pk):
    from minutebook.meetings.circulation import circulate_agenda

    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    sent = circulate_agenda(meeting, request.user)
    messages.success(request, f"Agenda sent to {sent} member{'s' if sent != 1 else ''}.")
    return redirect("agenda", meeting.pk)


@login_required
def approve_page(request, pk):
    """At meeting `pk`, agree the previous meeting's minutes, with any corrections."""
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    previous = agenda.previous_meeting(meeting)
    if previous is None:
        messages.error(request, "There is no earlier meeting whose minutes could be agreed.")
        return redirect("minutes_edit", meeting.pk)
    if request.method == "POST":
        try:
            approval.approve(previous, meeting, corrections_from(request.POST, previous),
                             request.user)
        except approval.ApprovalRefused as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Previous minutes agreed and locked.")
        return redirect("minutes_edit", meeting.pk)
    ctx = {"meeting": meeting, "previous": previous, "statuses": AttendanceStatus.choices,
           "entries": MinuteEntry.objects.filter(item__meeting=previous).select_related("item"),
           "attendance": previous.attendance.select_related("person")}
    return render(request, "meetings/approve.html", ctx)


def corrections_from(post, previous) -> list:
    found = []
    for entry in MinuteEntry.objects.filter(item__meeting=previous):
        text = post.get(f"entry-{entry.pk}", "").strip()
        if text and text != entry.text:
            reason = post.get(f"entry-{entry.pk}-reason", "").strip() or "Wording corrected"
            found.append(approval.EntryCorrection(entry, text, reason))
    for row in Attendance.objects.filter(meeting=previous):
        status = post.get(f"att-{row.pk}", "")
        if status and status != row.effective_status:
            note = post.get(f"att-{row.pk}-note", "").strip() or f"{row.name}'s attendance corrected"
            found.append(approval.AttendanceCorrection(row, status, note))
    return found


@login_required
@require_POST
def amend_entry(request, pk):
    """A change to approved minutes: kept as an amendment beside the original text."""
    entry = editable(request, MinuteEntry.objects.select_related("item__meeting__body"), pk,
                     "item__meeting__body")
    text = request.POST.get("text", "").strip()
    reason = request.POST.get("reason", "").strip()
    if not (text and reason):
        messages.error(request, "An amendment needs the corrected text and a reason.")
    else:
        approval.amend(entry.item.meeting, approval.EntryCorrection(entry, text, reason),
                       request.user)
        messages.success(request, "Amendment recorded beside the original.")
    return redirect("minutes_edit", entry.item.meeting_id)
