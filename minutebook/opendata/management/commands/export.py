"""`minutebook export --body SLUG [--public] [-o FILE]`: a body as Popolo/OCD JSON.
`minutebook export --all -o BACKUP.zip`: every record and file, for `minutebook restore`."""

import json
import sys

from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandError

from minutebook.accounts.access import Viewer
from minutebook.bodies.models import Body
from minutebook.opendata.backup import write_backup
from minutebook.opendata.popolo import export_body


def write_json(data: dict, path: str | None) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if path in (None, "-"):
        sys.stdout.write(text)
        return
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


class Command(BaseCommand):
    help = "Export a body (people, memberships, meetings, minutes, actions) as open data JSON."

    def add_arguments(self, parser):
        parser.add_argument("--body", metavar="SLUG", help="the body's short name")
        parser.add_argument("--all", action="store_true",
                            help="back up everything (records and files) into a zip")
        parser.add_argument("--public", action="store_true",
                            help="only what the public may see (no emails, no confidential "
                                 "entries, approved minutes only)")
        parser.add_argument("-o", "--output", metavar="FILE", help="write here, not to stdout")

    def handle(self, *args, body, public, output, all, **options):
        if all:
            if not output or output == "-":
                raise CommandError("--all needs -o BACKUP.zip")
            counts = write_backup(output)
            self.stdout.write(f"Backed up {sum(counts.values())} records to {output}.")
            return
        if not body:
            raise CommandError("give --body SLUG, or --all -o BACKUP.zip")
        write_json(self.export_one(body, public), output)

    def export_one(self, slug: str, public: bool) -> dict:
        body = Body.objects.filter(slug=slug).first()
        if body is None:
            known = ", ".join(Body.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"no body with the short name {slug!r} (known: {known})")
        viewer = Viewer(AnonymousUser()) if public else None
        if viewer is not None and not viewer.can_see_body(body):
            raise CommandError(f"{body.name} is not public; leave out --public for a full export")
        return export_body(body, viewer)
