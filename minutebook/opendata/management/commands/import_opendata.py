"""`minutebook manage import_opendata FILE`: read an export back into the database."""

import json

from django.core.management.base import BaseCommand, CommandError

from minutebook.opendata.importer import ImportFailed, import_data


class Command(BaseCommand):
    help = "Import a body exported with `export` (creates or updates; importing twice is safe)."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")

    def handle(self, *args, file, **options):
        data = read_json(file)
        try:
            body = import_data(data)
        except ImportFailed as exc:
            raise CommandError(f"{file}: {exc}") from None
        events = len(data.get("events", []))
        people = len(data.get("persons", []))
        self.stdout.write(f"Imported {body.name}: {people} people, {events} meetings, "
                          f"{len(data.get('actions', []))} actions, "
                          f"{len(data.get('decisions', []))} decisions.")


def read_json(path: str):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as exc:
        raise CommandError(f"{path}: cannot read ({exc.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path}: not JSON ({one_line(exc)})") from None


def one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
