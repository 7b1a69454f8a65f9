"""Upload a minutes document, review its parse, correct it, confirm it into records."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from minutebook.accounts.access import viewer
from minutebook.documents import agendas, review
from minutebook.documents.following import follow_body
from minutebook.documents.forms import UploadForm
from minutebook.documents.importer import (
    ImportRefused,
    create_records,
    meeting_start,
    parse_upload,
)
from minutebook.documents.models import Document, DocumentStatus, sha256_of
from minutebook.minutes import MinutesError


def editable_document(request, pk) -> Document:
    doc = get_object_or_404(Document.objects.select_related("body"), pk=pk)
    if doc.body is None or not viewer(request).can_edit(doc.body):
        raise Http404("No such document")
    return doc


@login_required
def upload(request, slug):
    body = viewer(request).body_to_edit(slug)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        sha = sha256_of(data)  # of the bytes read: the file itself is now at its end
        known = Document.objects.filter(sha256=sha).first()
        if known is not None and known.body_id == body.pk:
            messages.info(request, f"{upload.name} was uploaded before.")
            return redirect("document", known.pk)
        if known is not None:
            form.add_error("file", f"{upload.name} was already imported for another body.")
            return render(request, "documents/upload.html", {"body": body, "form": form,
                                                     "waiting": agendas.waiting(body)})
        try:
            parsed = parse_upload(data, upload.name, body)
        except MinutesError as exc:
            form.add_error("file", str(exc))
        else:
            doc = Document(original_name=upload.name, sha256=sha, size=len(data), body=body,
                           uploaded_by=request.user, parsed=parsed, status=DocumentStatus.PARSED,
                           warnings=parsed.get("warnings") or [])
            doc.file.save(upload.name, ContentFile(data))
            return redirect("document", doc.pk)
    return render(request, "documents/upload.html", {"body": body, "form": form,
                                                     "waiting": agendas.waiting(body)})


@login_required
def document(request, pk):
    doc = editable_document(request, pk)
    parsed = doc.parsed or {}
    ctx = {
        "doc": doc, "parsed": parsed, "statuses": review.ATTENDANCE_CHOICES,
        "people": review.attendance_rows(parsed), "actions": review.action_rows(parsed),
        "meeting_date": review.meeting_date(parsed), "kinds": review.KIND_CHOICES,
        "kind": parsed.get("kind") or "minutes",
        "kind_title": {"agenda": "Agenda", "paper": "Paper"}.get(parsed.get("kind"), "Minutes"),
        "meetings": doc.body.meetings.order_by("-start")[:60] if doc.body else [],
    }
    return render(request, "documents/review.html", ctx)


@login_required
@require_POST
def confirm(request, pk):
    doc = editable_document(request, pk)
    if doc.status != DocumentStatus.PARSED:
        messages.info(request, f"{doc.original_name} is already imported.")
        return redirect("document", doc.pk)
    parsed = review.apply_corrections(doc.parsed, request.POST)
    try:
        with transaction.atomic():
            meeting, done = confirm_as(doc, parsed, request.POST)
    except ImportRefused as exc:
        messages.error(request, f"{doc.original_name}: {exc}")
        return redirect("document", doc.pk)
    messages.success(request, f"{doc.original_name}: {done}.")
    return redirect(meeting.get_absolute_url() if meeting else reverse("document", args=[doc.pk]))


def confirm_as(doc: Document, parsed: dict, post):
    """The document recorded as the clerk says it is: minutes, an agenda, or a paper."""
    kind = parsed["kind"]
    if kind == "paper":
        meeting = doc.body.meetings.filter(pk=post.get("meeting") or None).first()
        meeting, became = agendas.place_paper(doc, parsed, doc.body, meeting=meeting)
        return meeting, f"kept as {became}"
    if kind == "agenda":
        meeting, _, became = agendas.record_agenda(doc, parsed, doc.body, meeting_start(parsed))
        return meeting, f"imported as {became}"
    create_records(doc, parsed, doc.body)
    follow_body(doc.body)
    return doc.meeting, "imported"


@login_required
def download(request, pk):
    doc = get_object_or_404(Document.objects.select_related("body", "meeting__body"), pk=pk)
    if doc.body is None or not viewer(request).can_read_originals(doc.body,
                                                                  doc.meeting_id is not None):
        raise Http404("No such document")
    if not doc.file:
        raise Http404("The original file is not kept")
    return FileResponse(doc.file.open("rb"), as_attachment=True, filename=doc.original_name)
