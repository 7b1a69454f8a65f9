"""Emails to members: the agenda before a meeting, reminders of open actions."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from minutebook.bodies.models import Membership, Role
from minutebook.meetings.models import (
    Action,
    AgendaStatus,
    Meeting,
    MeetingStatus,
    ReminderKind,
    ReminderSent,
)


def members_with_email(body):
    memberships = Membership.objects.filter(body=body).current().select_related("person")
    return [m.person for m in memberships if m.person.email]


def agenda_attachment(meeting, user) -> tuple[str, bytes, str]:
    """The members' agenda (confidential items included) as DOCX in the standard layout."""
    from minutebook.accounts.access import Viewer
    from minutebook.exports.documents import build_agenda
    from minutebook.exports.docx_writer import agenda_docx

    name = f"{meeting.body.slug}-agenda-{timezone.localtime(meeting.start):%Y-%m-%d}.docx"
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return name, agenda_docx(build_agenda(meeting, public=False, viewer=Viewer(user))), mime


def circulate_agenda(meeting: Meeting, user=None) -> int:
    people = members_with_email(meeting.body)
    attachment = agenda_attachment(meeting, user)
    subject = f"Agenda: {meeting.body.name}, {timezone.localtime(meeting.start):%-d %B %Y}"
    for person in people:
        body = render_to_string("meetings/email/agenda.txt", {
            "person": person, "meeting": meeting, "site_root": settings.SITE_ROOT,
            "items": meeting.agenda_items.filter(parent=None),
        })
        message = EmailMessage(subject, body, to=[person.email])
        message.attach(*attachment)
        message.send()
    meeting.agenda_status = AgendaStatus.CIRCULATED
    meeting.agenda_circulated = timezone.now()
    Meeting.objects.filter(pk=meeting.pk).update(
        agenda_status=meeting.agenda_status, agenda_circulated=meeting.agenda_circulated
    )
    return len(people)


def meetings_needing_reminders(now=None):
    """Each body's next meeting, when it falls within the body's reminder period."""
    now = now or timezone.now()
    upcoming = Meeting.objects.filter(start__gt=now).exclude(
        status=MeetingStatus.CANCELLED).select_related("body").order_by("start")
    seen = {}
    for meeting in upcoming:
        seen.setdefault(meeting.body_id, meeting)
    return [m for m in seen.values()
            if m.start - now <= timedelta(days=m.body.reminder_days)]


def claim(kind, person, meeting) -> bool:
    """Record the reminder before sending it; False when it was already sent."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(kind=kind, person=person, meeting=meeting)
        return True
    except IntegrityError:
        return False


def send_reminders(now=None) -> dict:
    sent = {"owners": 0, "digests": 0}
    for meeting in meetings_needing_reminders(now):
        actions = Action.objects.open().for_body(meeting.body).filter(
            meeting__start__lt=meeting.start).prefetch_related("owners")
        by_owner = {}
        for action in actions:
            for person in action.owners.all():
                by_owner.setdefault(person, []).append(action)
        for person, owned in by_owner.items():
            if person.email and claim(ReminderKind.OWNER, person, meeting):
                send_mail_for(ReminderKind.OWNER, person, meeting, "meetings/email/reminder.txt",
                              owned, f"Your open actions before {meeting.body.name} meets")
                sent["owners"] += 1
        clerks = Membership.objects.filter(body=meeting.body, role=Role.CLERK).current()
        for clerk in [m.person for m in clerks.select_related("person")]:
            if clerk.email and claim(ReminderKind.DIGEST, clerk, meeting):
                send_mail_for(ReminderKind.DIGEST, clerk, meeting, "meetings/email/digest.txt",
                              list(actions), f"Open actions before {meeting.body.name} meets")
                sent["digests"] += 1
    return sent


def send_mail_for(kind, person, meeting, template, actions, subject):
    text = render_to_string(template, {"person": person, "meeting": meeting, "actions": actions,
                                       "site_root": settings.SITE_ROOT})
    try:
        EmailMessage(subject, text, to=[person.email]).send()
    except Exception:
        # Not sent, so not recorded: the next run tries again.
        ReminderSent.objects.filter(kind=kind, person=person, meeting=meeting).delete()
        raise
