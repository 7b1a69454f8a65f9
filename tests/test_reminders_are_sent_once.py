from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from minutebook.meetings.circulation import send_reminders
from minutebook.meetings.models import ReminderSent


def test_owners_and_the_clerk_are_reminded_before_the_next_meeting(demo):
    meeting = demo.meetings.upcoming().order_by("start").first()
    now = meeting.start - timedelta(days=3)
    sent = send_reminders(now)
    assert sent["owners"] >= 2 and sent["digests"] == 1
    bellamy = next(m for m in mail.outbox if "adrian.bellamy" in m.to[0])
    assert "Invite Dunholt heads" in bellamy.body
    assert "Share the attendance toolkit" not in bellamy.body  # done
    digest = next(m for m in mail.outbox if "clare.ingram" in m.to[0])
    assert "AB & DT" in digest.body and "Open actions before" in digest.subject


def test_running_it_again_sends_nothing_new(demo):
    meeting = demo.meetings.upcoming().order_by("start").first()
    now = meeting.start - timedelta(days=3)
    send_reminders(now)
    count = len(mail.outbox)
    assert send_reminders(now) == {"owners": 0, "digests": 0}
    assert len(mail.outbox) == count
    assert ReminderSent.objects.filter(meeting=meeting).count() == count


def test_nothing_is_sent_outside_the_reminder_period(demo):
    meeting = demo.meetings.upcoming().order_by("start").first()
    assert send_reminders(meeting.start - timedelta(days=demo.reminder_days + 5)) == {
        "owners": 0, "digests": 0}
    assert mail.outbox == []


def test_the_command_reports_what_it_sent(demo, capsys):
    meeting = demo.meetings.upcoming().order_by("start").first()
    demo.reminder_days = (meeting.start - timezone.now()).days + 1
    demo.save()
    call_command("send_reminders")
    assert "owner reminders" in capsys.readouterr().out
