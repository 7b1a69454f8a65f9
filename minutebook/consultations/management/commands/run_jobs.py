"""The worker: runs waiting theme jobs outside the web server."""

import os
import time

from django.core.management.base import BaseCommand

from minutebook.consultations.themes import claim_next, run_job


class Command(BaseCommand):
    help = "Run waiting theme jobs (once, or keep polling with --loop)."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep polling for new jobs")
        parser.add_argument("--interval", type=float, default=2.0)

    def handle(self, *args, loop, interval, **options):
        parent = os.getppid()
        while True:
            job = claim_next()
            if job is not None:
                job = run_job(job)
                self.stdout.write(f"{job.consultation}: {job.get_status_display()}")
                continue
            # Stop with the server that started us, and when there is nothing left to do.
            if not loop or os.getppid() != parent:
                return
            time.sleep(interval)
