from django.core.management.base import BaseCommand

from minutebook.meetings.circulation import send_reminders


class Command(BaseCommand):
    help = "Email action owners (and each clerk a digest) before their body's next meeting."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Sent {sent['owners']} owner reminders and {sent['digests']} digests.")
