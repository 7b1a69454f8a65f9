"""The action tracker: every action the viewer may see, filtered, updated in place, exported."""

import csv
import io
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from minutebook.accounts.access import viewer
from minutebook.bodies.fields import PersonChoiceField, QuickSelect
from minutebook.bodies.models import Body, Person
from minutebook.meetings.forms import ActionUpdateForm
from minutebook.meetings.models import OWNER_NAMES, Action, ActionStatus, ActionUpdate, Meeting
from minutebook.pagecache.models import ACTIONS
from minutebook.pagecache.pages import cached_page, depends_on
from minutebook.pagecache.writes import adding_or_rewording_only, writes_to

PAGE_SIZE = 100
# What a row of the tracker shows (front/templatetags/tracker.py): building each of a hundred
# rows' actions, meetings and bodies whole, every date and JSON field converted, cost more
# than the page's queries.
ROW_FIELDS = ("text", "sealed", "kept_under_review", "status", "due_date", "due_next_meeting",
              "owners_as_written", "owner_groups", "version", "meeting__start",
              "meeting__body__name", "meeting__body__slug")

DUE_CHOICES = [
    ("", "Any time"),
    ("overdue", "Overdue"),
    ("next", "Before the next meeting"),
    ("30", "In the next 30 days"),
    ("none", "No due date"),
]


STATUSES = set(ActionStatus.values)


class FilterForm(forms.Form):
    body = forms.ModelChoiceField(Body.objects.none(), required=False, to_field_name="slug",
                                  empty_label="All bodies", widget=QuickSelect)
    owner = PersonChoiceField(required=False, empty_label="Anyone")
    status = forms.ChoiceField(choices=[*ActionStatus.choices, ("all", "All")], required=False)
    due = forms.ChoiceField(choices=DUE_CHOICES, required=False)

    def __init__(self, data, v):
        super().__init__(data)
        bodies = v.bodies(Body.objects.all())
        self.fields["body"].queryset = bodies
        # The owners offered are those of the actions the chosen body and status hold, not
        # of the whole archive; an owner with none there is dropped from the filter.
        data = data or {}
        actions = v.actions(Action.objects.all())
        if data.get("body"):
            actions = actions.filter(meeting__body__in=bodies.filter(slug=data["body"]))
        if (data.get("status") or "open") in STATUSES:
            actions = actions.filter(status=data.get("status") or "open")
        self.fields["owner"].queryset = Person.objects.filter(
            pk__in=actions.order_by().values("owners"))


def filtered(request):
    v = viewer(request)
    form = FilterForm(request.GET or None, v)
    qs = v.actions(Action.objects.all())
    # Each valid filter holds on its own: an owner the chosen body does not hold is dropped,
    # not the body with it.
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    status = data.get("status") or "open"
    if status != "all":
        qs = qs.filter(status=status)
    if data.get("body"):
        qs = qs.filter(meeting__body=data["body"])
    if data.get("owner"):
        # The join to owners is the one that can repeat an action.
        qs = qs.filter(owners=data["owner"]).distinct()
    qs = due_filter(qs, data.get("due"))
    qs = qs.select_related("meeting__body").prefetch_related(OWNER_NAMES)
    return form, qs


def due_filter(qs, due):
    today = timezone.localdate()
    if due == "overdue":
        return qs.filter(status=ActionStatus.OPEN, due_date__lt=today)
    if due == "30":
        return qs.filter(due_date__gte=today, due_date__lte=today + timedelta(days=30))
    if due == "none":
        return qs.filter(due_date__isnull=True, due_next_meeting=False)
    if due == "next":
        # Per body: due on or before its next meeting, or "by the next meeting".
        upcoming = Meeting.objects.upcoming().order_by("body", "start")
        q = Q(pk__in=[])
        for meeting in {m.body_id: m for m in reversed(list(upcoming))}.values():
            q |= Q(meeting__body=meeting.body_id) & (
                Q(due_date__lte=meeting.start.date()) | Q(due_next_meeting=True)
            )
        return qs.filter(q)
    return qs


@cached_page
def action_list(request):
    form, qs = filtered(request)
    v = viewer(request)
    body = getattr(form, "cleaned_data", {}).get("body")
    depends_on([body.pk] if body else form.fields["body"].queryset.values_list("pk", flat=True),
               ACTIONS)
    editable = set(Body.objects.values_list("pk", flat=True)) if v.is_admin else v.clerk_body_ids
    page = Paginator(qs.only(*ROW_FIELDS), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    ctx = {"form": form, "actions": page.object_list, "page": page, "count": page.paginator.count,
           "today": timezone.localdate(), "query": query.urlencode(), "editable": editable}
    return render(request, "meetings/actions.html", ctx)


def action_detail(request, pk):
    v = viewer(request)
    action = get_object_or_404(v.actions(Action.objects.select_related("meeting__body")), pk=pk)
    ctx = {"action": action, "updates": action.updates.select_related("meeting", "author"),
           "can_edit": v.can_edit(action.meeting.body), "form": update_form(action)}
    return render(request, "meetings/action.html", ctx)


def update_form(action):
    return ActionUpdateForm(initial={"status": action.status, "version": action.version})


@login_required
@require_POST
def action_update(request, pk):
    v = viewer(request)
    action = get_object_or_404(v.actions(Action.objects.select_related("meeting__body")), pk=pk)
    if not v.can_edit(action.meeting.body):
        raise PermissionDenied
    writes_to(action.meeting.body_id)
    form = ActionUpdateForm(request.POST)
    error = None
    if form.is_valid():
        # A status and a note: nothing any reader could read is withdrawn, nor any minutes
        # changed (meeting pages and search do not show an action's status).
        with adding_or_rewording_only(ACTIONS):
            error = record_update(action, form.cleaned_data, request.user)
    else:
        error = "Choose a status."
    action.refresh_from_db()
    if not request.htmx:
        if error:
            messages.error(request, error)
        return redirect(action)
    ctx = {"a": action, "today": timezone.localdate(), "editable": {action.meeting.body_id},
           "error": error}
    return render(request, "meetings/_action_row.html", ctx, status=409 if error else 200)


@transaction.atomic
def record_update(action, data, user) -> str | None:
    """Change the status and log the note; None on success, else why nothing changed."""
    current = Action.objects.select_for_update().get(pk=action.pk)
    if current.version != data["version"]:
        return "Someone else updated this action meanwhile; their change is shown. Try again."
    reported_at = (
        Meeting.objects.filter(body=current.meeting.body).past().order_by("-start").first()
    )
    current.status = data["status"]
    current.closed_at = reported_at if data["status"] != ActionStatus.OPEN else None
    current.version += 1
    current.save()
    ActionUpdate.objects.create(action=current, meeting=reported_at, status=data["status"],
                                note=data["note"], author=user)
    return None


EXPORT_COLUMNS = ["Action", "Owners", "Body", "Raised at", "Due", "Status", "Closed at",
                  "Latest note"]


def export_rows(qs):
    for a in qs.select_related("closed_at").prefetch_related("updates"):
        notes = [u.note for u in a.updates.all() if u.note]
        yield [a.text, a.owner_label, a.meeting.body.name, a.meeting.start.date().isoformat(),
               a.due_date.isoformat() if a.due_date else a.due_label, a.get_status_display(),
               a.closed_at.start.date().isoformat() if a.closed_at else "",
               notes[-1] if notes else ""]


def export_csv(request):
    _, qs = filtered(request)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    writer.writerows(safe_cells(row) for row in export_rows(qs))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="actions.csv"'
    return response


def export_xlsx(request):
    from openpyxl import Workbook

    _, qs = filtered(request)
    book = Workbook()
    sheet = book.active
    sheet.title = "Actions"
    sheet.append(EXPORT_COLUMNS)
    for row in export_rows(qs):
        sheet.append(safe_cells(row))
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="actions.xlsx"'
    return response


def safe_cells(row):
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return ["'" + c if isinstance(c, str) and c[:1] in ("=", "+", "-", "@") else c for c in row]
