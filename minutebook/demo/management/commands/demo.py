from django.core.management.base import BaseCommand

from minutebook.bodies.models import Body
from minutebook.demo import workspace


class Command(BaseCommand):
    help = "Load the demo workspace (the fictional county of Harrowvale)."

    def add_arguments(self, parser):
        parser.add_argument("--no-users", action="store_true", help="load records only")

    def handle(self, *args, no_users, **options):
        if Body.objects.filter(slug=workspace.FORUM_SLUG).exists():
            self.stdout.write("The demo workspace is already loaded.")
        else:
            workspace.load(with_users=not no_users)
            self.stdout.write("Loaded the demo workspace: Harrowvale's headteachers' forums.")
        if not no_users:
            self.stdout.write(
                f"Log in as clerk, member or admin with the password {workspace.PASSWORD}"
            )
