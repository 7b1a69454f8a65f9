"""Serve the app with gunicorn, the production server, after preparing static files."""

import os
import subprocess
import sys

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve minutebook with gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=os.environ.get("BIND", "127.0.0.1:8000"))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", 2)))

    def handle(self, *args, bind, workers, **options):
        call_command("collectstatic", interactive=False, verbosity=0)
        # Pages kept by the last run were built by the code and settings of the last run.
        cache.clear()
        # The theme engine runs in this worker, never in a web request; it stops with us.
        subprocess.Popen([sys.executable, "-m", "minutebook.cli", "manage", "run_jobs", "--loop"])
        argv = [
            sys.executable, "-m", "gunicorn", "minutebook.wsgi:application",
            "--bind", bind, "--workers", str(workers),
            # gunicorn's sync workers: one request at a time per process, and each request
            # taken by whichever process is free, so kept pages never queue behind a page
            # being built. Kept-alive connections would tie each client to one process (with
            # them, p95 under load was twice the mean; without, a third above it: bench/load).
            # Behind the reverse proxy, which buffers slow clients, that costs nothing.
            "--worker-class", "sync",
            "--access-logfile", "-", "--timeout", "60",
        ]
        self.stdout.write(f"minutebook is at http://{bind}/  (Ctrl-C stops it)")
        sys.stdout.flush()
        os.execv(sys.executable, argv)
