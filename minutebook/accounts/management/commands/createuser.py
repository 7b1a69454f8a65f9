"""Create a login. Optionally link it to a person so that their memberships give access."""

import getpass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from minutebook.bodies.models import Person


class Command(BaseCommand):
    help = "Create a user who can log in."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument("--password", help="prompted for when omitted")
        parser.add_argument("--admin", action="store_true", help="may manage everything")
        parser.add_argument("--person", type=int, help="id of the person this login belongs to")

    @transaction.atomic
    def handle(self, *args, username, email, password, admin, person, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"a user called {username!r} already exists")
        who = None
        if person is not None:
            who = Person.objects.filter(pk=person).first()
            if who is None:
                raise CommandError(f"no person with id {person}")
        if password is None:
            password = getpass.getpass("Password: ")
        user = User(username=username, email=email, is_staff=admin, is_superuser=admin)
        try:
            user.full_clean(exclude=["password"])
        except ValidationError as exc:
            raise CommandError("; ".join(m for ms in exc.message_dict.values() for m in ms)) from None
        user.set_password(password)
        user.save()
        if who is not None:
            who.user = user
            who.save(update_fields=["user"])
        self.stdout.write(f"Created {username}{' (admin)' if admin else ''}.")
