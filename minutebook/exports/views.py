"""Minutes and agendas to download as HTML, PDF or DOCX, each through the viewer's rules."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from minutebook.accounts.access import viewer
from minutebook.exports.documents import build_agenda, build_minutes
from minutebook.exports.docx_writer import agenda_docx, minutes_docx
from minutebook.exports.pdf import html_to_pdf
from minutebook.meetings.models import AgendaStatus, Meeting

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def visible_meeting(request, pk):
    qs = viewer(request).meetings(Meeting.objects.select_related("body"))
    return get_object_or_404(qs, pk=pk)


def wants_public(request, body) -> bool:
    """Those not entitled to confidential entries always get the public version; members
    and clerks may ask for it, to publish it."""
    v = viewer(request)
    return request.GET.get("version") == "public" or not v.can_see_confidential(body)


def minutes_export(request, pk, format):
    v = viewer(request)
    meeting = visible_meeting(request, pk)
    if not v.can_see_minutes(meeting):
        raise Http404("No minutes to show")
    doc = build_minutes(meeting, wants_public(request, meeting.body), v)
    return respond(doc, format, "exports/minutes.html", minutes_docx)


def may_see_agenda(v, meeting) -> bool:
    # Members and clerks follow the agenda as it is drafted; the public once circulated.
    if v.is_member(meeting.body):
        return True
    return meeting.body.is_public and meeting.agenda_status == AgendaStatus.CIRCULATED


def agenda_export(request, pk, format):
    v = viewer(request)
    meeting = visible_meeting(request, pk)
    if not may_see_agenda(v, meeting):
        raise Http404("No agenda to show")
    doc = build_agenda(meeting, wants_public(request, meeting.body), v)
    return respond(doc, format, "exports/agenda.html", agenda_docx)


def respond(doc, format, template, to_docx):
    if format == "docx":
        data, kind, attach = to_docx(doc), DOCX, True
    else:
        html = render_to_string(template, {"doc": doc})
        if format == "pdf":
            data, kind, attach = html_to_pdf(html), "application/pdf", False
        else:
            data, kind, attach = html, "text/html; charset=utf-8", False
    response = HttpResponse(data, content_type=kind)
    response["Content-Disposition"] = content_disposition_header(attach, doc.filename(format))
    # Full versions hold confidential text: no shared cache may keep a copy.
    response["Cache-Control"] = "private, no-store" if not doc.public else "private"
    return response
