"""Consultations: each body's points, the themes found in them, and the combined report."""

import os
import re

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from minutebook.accounts.access import viewer
from minutebook.bodies.models import Body
from minutebook.consultations import themes
from minutebook.consultations.models import (
    Consultation,
    ConsultationResponse,
    Point,
    PointSource,
    Theme,
)
from minutebook.meetings.models import AgendaItem, MinuteEntry
from minutebook.minutes import MinutesError
from minutebook.minutes.readers import SUPPORTED, read_bytes


def visible(request):
    return viewer(request).consultations(Consultation.objects.all())


def consultation_for(request, pk, edit=False) -> Consultation:
    consultation = get_object_or_404(visible(request), pk=pk)
    if edit and not can_edit(request, consultation):
        raise PermissionDenied
    return consultation


def can_edit(request, consultation) -> bool:
    v = viewer(request)
    return v.is_admin or consultation.bodies.filter(pk__in=v.clerk_body_ids).exists()


@login_required
def consultation_list(request):
    return render(request, "consultations/list.html", {"consultations": visible(request)})


class ConsultationForm(forms.ModelForm):
    questions_text = forms.CharField(label="Questions (one a line)", required=False,
                                     widget=forms.Textarea(attrs={"rows": 3}))

    class Meta:
        model = Consultation
        fields = ["title", "issuer", "deadline", "bodies"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}),
                   "bodies": forms.CheckboxSelectMultiple}


@login_required
def consultation_new(request):
    v = viewer(request)
    bodies = Body.objects.all() if v.is_admin else Body.objects.filter(pk__in=v.clerk_body_ids)
    if not bodies.exists():
        raise PermissionDenied
    form = ConsultationForm(request.POST or None)
    form.fields["bodies"].queryset = bodies
    if request.method == "POST" and form.is_valid():
        c = form.save(commit=False)
        c.questions = clean_lines(form.cleaned_data["questions_text"].splitlines())
        c.save()
        form.save_m2m()
        return redirect(c)
    return render(request, "consultations/new.html", {"form": form})


@login_required
def consultation(request, pk):
    c = consultation_for(request, pk)
    v = viewer(request)
    readable = Point.objects.visible_to(v)
    responses = {r.body_id: r for r in c.responses.prefetch_related(
        Prefetch("points", queryset=readable))}
    ctx = {
        "c": c,
        "bodies": [(b, responses.get(b.pk)) for b in c.bodies.all()],
        "adders": [(b, responses.get(b.pk), recent_items(b, v)) for b in c.bodies.all()],
    } | themes_context(request, c)
    return render(request, "consultations/consultation.html", ctx)


def page_points(request, c) -> list[Point]:
    """The consultation's points this reader may see on its page (Viewer.points decides)."""
    return themes.points_of(c, viewer(request))


def themes_context(request, c) -> dict:
    """What the themes part of the page shows: the last job, each theme with its points."""
    points = page_points(request, c)
    rows, every = themes.theme_rows(c, viewer(request), points)
    return {
        "c": c,
        "theme_rows": rows,
        "all_themes": every,
        "unassigned": [p for p in points if not p.theme_id],
        "job": c.jobs.first(),
        "can_edit": can_edit(request, c),
    }


def recent_items(body, v):
    """Items of the body's last three meetings that the clerk may read, to take a response
    from its minutes."""
    meetings = body.meetings.past().order_by("-start")[:3]
    return v.items(AgendaItem.objects.filter(meeting__in=list(meetings))).select_related(
        "meeting")


@login_required
@require_POST
def add_points(request, pk, slug):
    c = consultation_for(request, pk, edit=True)
    body = get_object_or_404(c.bodies, slug=slug)
    response, _ = ConsultationResponse.objects.get_or_create(consultation=c, body=body)
    try:
        texts, source = points_from(request, body)
    except MinutesError as exc:
        messages.error(request, str(exc))
        return redirect("consultation", c.pk)
    start = response.points.count()
    # One by one, not in bulk: each saved point is indexed for search as it goes in.
    with transaction.atomic():
        for n, (text, entry) in enumerate(texts):
            Point.objects.create(response=response, text=text, source=source, entry=entry,
                                 order=start + n)
    messages.success(request, f"Added {len(texts)} point{'s' if len(texts) != 1 else ''} "
                              f"for {body.name}.")
    return redirect("consultation", c.pk)


BULLET = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s*")


def points_from(request, body) -> tuple[list[tuple[str, MinuteEntry | None]], str]:
    """New points (text, the entry it was taken from), from what the clerk typed, pasted,
    picked from minutes or uploaded."""
    if request.FILES.get("file"):
        upload = request.FILES["file"]
        ext = os.path.splitext(upload.name)[1].lower()
        if ext not in SUPPORTED:
            raise MinutesError(upload.name, f"unsupported file type '{ext}'")
        blocks = read_bytes(upload.read(), ext, upload.name)
        lines = [" ".join(b.cells) if b.cells else b.text for b in blocks]
        return [(t, None) for t in clean_lines(lines) if len(t) >= 15], PointSource.DOCUMENT
    if request.POST.get("item"):
        v = viewer(request)
        item = get_object_or_404(v.items(AgendaItem.objects.all()), pk=request.POST["item"],
                                 meeting__body=body)
        # Each point keeps its entry, so that it is read only by those who may read that.
        entries = v.entries(MinuteEntry.objects.filter(Q(item=item) | Q(item__parent=item)))
        return [(e.text, e) for e in entries], PointSource.MINUTES
    lines = clean_lines(request.POST.get("text", "").splitlines())
    return [(t, None) for t in lines], PointSource.PASTED if len(lines) > 1 else PointSource.TYPED


def clean_lines(lines) -> list[str]:
    return [BULLET.sub("", " ".join(line.split())) for line in lines if line.strip()]


@login_required
@require_POST
def find_themes(request, pk):
    c = consultation_for(request, pk, edit=True)
    themes.queue(c)
    if request.htmx:  # the page swaps in its themes part, which then shows the job's progress
        return render(request, "consultations/_themes.html", themes_context(request, c))
    messages.success(request, "Finding themes: this page shows progress.")
    return redirect("consultation", c.pk)


@login_required
def job_status(request, pk):
    """The themes part of the page, polled while a job runs: progress, then the themes."""
    c = consultation_for(request, pk)
    return render(request, "consultations/_themes.html", themes_context(request, c))


def editable_theme(request, pk) -> Theme:
    theme = get_object_or_404(Theme.objects.select_related("consultation"), pk=pk)
    consultation_for(request, theme.consultation_id, edit=True)
    return theme


@login_required
@require_POST
def theme_edit(request, pk):
    theme = editable_theme(request, pk)
    label = " ".join(request.POST.get("label", "").split())[:200]
    into = request.POST.get("merge_into")
    if into:
        target = get_object_or_404(Theme, pk=into, consultation=theme.consultation)
        theme.points.update(theme=target, pinned=True)
        target.points.update(pinned=True)
        theme.delete()
        messages.success(request, f"Merged into “{target.label}”.")
    elif label:
        theme.label, theme.edited_by_clerk = label, True
        theme.save()
        theme.points.update(pinned=True)  # the renamed theme keeps its points on a re-run
    return redirect("consultation", theme.consultation_id)


@login_required
@require_POST
def point_edit(request, pk):
    point = get_object_or_404(Point.objects.visible_to(viewer(request))
                              .select_related("response"), pk=pk)
    c = consultation_for(request, point.response.consultation_id, edit=True)
    target = request.POST.get("theme", "")
    if "specific" in request.POST:
        point.specific_to_group = request.POST["specific"] == "1"
    if target == "new":  # split: this point starts a theme of its own
        key = f"C-{themes.engine_id(point)}"
        new, _ = Theme.objects.get_or_create(consultation=c, key=key, defaults={
            "label": point.text[:60], "edited_by_clerk": True, "order": c.themes.count()})
        point.theme, point.pinned = new, True
    elif target == "none":
        point.theme, point.pinned = None, True
    elif target:
        point.theme = get_object_or_404(Theme, pk=target, consultation=c)
        point.pinned = True
    point.save()
    return redirect("consultation", c.pk)


@login_required
def report(request, pk, format):
    from minutebook.consultations import report_files

    c = consultation_for(request, pk)
    combined = themes.report_of(c, viewer(request))
    if format == "docx":
        data, mime = report_files.docx(combined), report_files.DOCX
    elif format == "pdf":
        data, mime = report_files.pdf(request, c, combined), "application/pdf"
    elif format == "html":
        return render(request, "consultations/report.html", report_files.context(c, combined))
    else:
        raise Http404("No such format")
    response = HttpResponse(data, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="combined-feedback-{c.pk}.{format}"'
    return response
