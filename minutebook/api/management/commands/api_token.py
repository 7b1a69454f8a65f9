"""`minutebook manage api_token USERNAME [--name NAME]`: issue a token, shown only once."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from minutebook.api.models import ApiToken


class Command(BaseCommand):
    help = "Create an API token for a login and print it (it cannot be shown again)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="what the token is for")

    def handle(self, *args, username, name, **options):
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"no active login called {username!r}")
        _, raw = ApiToken.objects.issue(user, name)
        self.stdout.write(raw)
        self.stderr.write("Keep this token safe: it is stored only as a hash and cannot be "
                          "shown again. Send it as `Authorization: Bearer <token>`.")
