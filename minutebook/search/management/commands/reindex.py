from django.core.management.base import BaseCommand
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from minutebook.search import indexing
from minutebook.search.backends import backend
from minutebook.search.models import SearchDocument


class Command(BaseCommand):
    help = "Rebuild the search index from every minute entry, action, decision and point."

    def handle(self, *args, **options):
        # The bar goes to stderr so that the summary line stays clean for scripts.
        console = Console(stderr=True, soft_wrap=True)
        columns = [TextColumn("Indexing"), BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn()]
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("index", total=indexing.record_count())
            for done in indexing.rebuild():
                progress.advance(task, done)
        backend().rebuild()
        self.stdout.write(f"Indexed {SearchDocument.objects.count()} records.")
