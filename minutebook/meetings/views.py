"""The clerk's side of a meeting: create it, record attendance, write and move its minutes."""

from contextlib import nullcontext

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from minutebook.accounts.access import viewer
from minutebook.bodies.models import Person
from minutebook.bodies.references import members_of
from minutebook.meetings import editing
from minutebook.meetings.agenda import previous_meeting
from minutebook.meetings.forms import EntryForm, GuestForm, ItemForm, MeetingForm
from minutebook.meetings.models import AgendaItem, Attendance, Meeting, MinuteEntry, MinutesLocked
from minutebook.pagecache.models import ACTIONS, MINUTES
from minutebook.pagecache.writes import adding_or_rewording_only, writes_to


def editable(request, qs, pk, body_path="meeting__body"):
    """The object, if this user may edit its body (404 if they may not even see it)."""
    obj = get_object_or_404(qs, pk=pk)
    body = obj
    for part in body_path.split("__"):
        body = getattr(body, part)
    v = viewer(request)
    if not v.can_edit(body):
        # Someone who may not even see the body learns nothing about it.
        raise PermissionDenied if v.can_see_body(body) else Http404("Not found")
    writes_to(body.pk)  # what this request writes stales this body's kept pages alone
    return obj


def back_to_editor(request, meeting, fragment_template=None, ctx=None):
    if request.htmx and fragment_template:
        return render(request, fragment_template, ctx)
    return redirect("minutes_edit", meeting.pk)


@login_required
def meeting_new(request, slug):
    body = viewer(request).body_to_edit(slug)
    form = MeetingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        meeting = form.save(commit=False)
        meeting.body = body
        meeting.save()
        messages.success(request, "Meeting created.")
        return redirect("minutes_edit", meeting.pk)
    return render(request, "meetings/meeting_form.html", {"body": body, "form": form})


@login_required
def minutes_edit(request, pk):
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    recorded = {a.person_id: a for a in meeting.attendance.all()}
    people = [(p, recorded.get(p.pk)) for p in members_of(meeting.body)]
    ctx = {
        "meeting": meeting,
        "people": people,
        "guests": [a for a in recorded.values() if a.person_id not in {p.pk for p, _ in people}],
        "items": meeting.agenda_items.prefetch_related(
            "entries__speakers", "entries__actions", "entries__amendments__approval__approved_at"),
        "item_form": ItemForm(meeting=meeting),
        "entry_form": EntryForm(),
        "guest_form": GuestForm(),
        "next_status": editing.NEXT_STATUS[meeting.minutes_status],
        "previous": previous_meeting(meeting),
        "owner_choices": people,
    }
    return render(request, "meetings/editor.html", ctx)


@login_required
@require_POST
def attendance_set(request, pk, person_pk):
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    person = get_object_or_404(Person, pk=person_pk)
    try:
        row = editing.set_attendance(meeting, person, request.POST.get("status", ""))
    except MinutesLocked as exc:
        messages.error(request, str(exc))
        return redirect("minutes_edit", meeting.pk)
    ctx = {"meeting": meeting, "person": person, "row": row}
    return back_to_editor(request, meeting, "meetings/_attendance_row.html", ctx)


@login_required
@require_POST
def guest_add(request, pk):
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    form = GuestForm(request.POST)
    if form.is_valid() and not meeting.minutes_locked:
        Attendance.objects.create(
            meeting=meeting, name_as_written=form.cleaned_data["name"],
            status=form.cleaned_data["status"],
        )
    return redirect("minutes_edit", meeting.pk)


@login_required
@require_POST
def item_add(request, pk):
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    form = ItemForm(request.POST, meeting=meeting)
    if form.is_valid():
        item = form.save(commit=False)
        item.meeting, item.order = meeting, meeting.agenda_items.count() + 1
        try:
            item.save()
        except MinutesLocked as exc:
            messages.error(request, str(exc))
    else:
        messages.error(request, "The item needs a title.")
    return redirect("minutes_edit", meeting.pk)


@login_required
@require_POST
def item_edit(request, item_pk):
    item = editable(request, AgendaItem.objects.select_related("meeting__body"), item_pk)
    form = ItemForm(request.POST, instance=item, meeting=item.meeting)
    if form.is_valid() and form.cleaned_data.get("parent") != item:
        try:
            form.save()
        except MinutesLocked as exc:
            messages.error(request, str(exc))
    else:
        messages.error(request, "The item needs a title and cannot sit within itself.")
    return redirect(f"{reverse('minutes_edit', args=[item.meeting_id])}#item-{item.pk}")


@login_required
@require_POST
def item_delete(request, item_pk):
    item = editable(request, AgendaItem.objects.select_related("meeting__body"), item_pk)
    if item.entries.exists() or item.children.exists():
        messages.error(request, "Only an empty item can be removed; move or delete its entries.")
    else:
        try:
            item.delete()
        except MinutesLocked as exc:
            messages.error(request, str(exc))
    return redirect("minutes_edit", item.meeting_id)


@login_required
@require_POST
def entry_add(request, item_pk):
    item = editable(request, AgendaItem.objects.select_related("meeting__body"), item_pk)
    form = EntryForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errs in form.errors.values() for e in errs))
        return redirect("minutes_edit", item.meeting_id)
    try:
        entry = editing.save_entry(item, form.cleaned_data)
    except MinutesLocked as exc:
        messages.error(request, str(exc))
        return redirect("minutes_edit", item.meeting_id)
    ctx = {"entry": entry, "meeting": item.meeting}
    return back_to_editor(request, item.meeting, "meetings/_entry.html", ctx)


@login_required
def entry_edit(request, pk):
    entry = editable(request, MinuteEntry.objects.select_related("item__meeting__body"), pk,
                     "item__meeting__body")
    meeting = entry.item.meeting
    form = EntryForm(request.POST or None, initial=entry_initial(entry))
    conflict = None
    if request.method == "POST" and form.is_valid():
        # New words under the same mark withdraw nothing a reader could read before; the
        # tracker shows them only where the entry is, or becomes, an action.
        same_mark = entry.confidential == bool(form.cleaned_data.get("confidential"))
        acting = "action" in (entry.kind, form.cleaned_data.get("kind")) or entry.actions.exists()
        facets = (MINUTES, ACTIONS) if acting else (MINUTES,)
        try:
            with adding_or_rewording_only(*facets) if same_mark else nullcontext():
                entry = editing.save_entry(entry.item, form.cleaned_data, entry)
            return back_to_editor(request, meeting, "meetings/_entry.html",
                                  {"entry": entry, "meeting": meeting})
        except (editing.EditConflict, MinutesLocked) as exc:
            conflict = str(exc)
    ctx = {"entry": entry, "form": form, "meeting": meeting, "conflict": conflict}
    return render(request, "meetings/_entry_form.html", ctx, status=409 if conflict else 200)


def entry_initial(entry) -> dict:
    action = entry.actions.first()
    return {
        "kind": entry.kind, "text": entry.text, "speakers": entry.attribution,
        "confidential": entry.confidential, "version": entry.version,
        "owners": action.owner_label if action else "",
        "due_date": action.due_date if action else None,
        "due_next_meeting": action.due_next_meeting if action else False,
    }


@login_required
@require_POST
def entry_delete(request, pk):
    entry = editable(request, MinuteEntry.objects.select_related("item__meeting__body"), pk,
                     "item__meeting__body")
    meeting = entry.item.meeting
    try:
        editing.delete_entry(entry)
    except MinutesLocked as exc:
        messages.error(request, str(exc))
    return redirect("minutes_edit", meeting.pk)


@login_required
@require_POST
def minutes_status(request, pk):
    meeting = editable(request, Meeting.objects.select_related("body"), pk, "body")
    try:
        meeting = editing.change_status(meeting, request.POST.get("status", ""), request.user)
        messages.success(request, f"Minutes are now {meeting.get_minutes_status_display().lower()}.")
    except (ValueError, KeyError) as exc:
        messages.error(request, str(exc))
    return redirect("minutes_edit", meeting.pk)

