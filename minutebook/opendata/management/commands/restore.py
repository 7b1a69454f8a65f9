from django.core.management.base import BaseCommand, CommandError

from minutebook.opendata.backup import RestoreRefused, restore_backup


class Command(BaseCommand):
    help = "Restore a backup made by `minutebook export --all` into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("backup")

    def handle(self, *args, backup, **options):
        try:
            counts = restore_backup(backup)
        except RestoreRefused as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored {sum(counts.values())} records from {backup}.")
