#!/usr/bin/env python3
"""What each busy page costs to build on its own: the 20-year archive, page cache off.

    python bench/pages_solo.py [--db sqlite|postgres|both] [--repeats 8] [--small] [--home DIR]

For each database: a temporary MINUTEBOOK_HOME with the archive bench/load builds (SQLite
reuses bench/load/.cache), then each page of the load scenario fetched in-process with
Django's test client, one at a time, PAGE_CACHE_ENTRIES=0. Prints per page the median and
p95 wall milliseconds, the median CPU milliseconds (time.process_time) and the number of
queries, then one line per page: `page-solo db=... page=... p50_ms=... p95_ms=... queries=...`.
--home reuses a home a previous run (or run.py --keep) left, migrating it first; with
--db postgres it must be one made against the same DATABASE_URL (--in-cluster, in a cluster
kept running).
Targets (issue #15): search 40 ms, action tracker 25 ms, dashboard 25 ms, meeting 10 ms.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote_plus

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "load"))

TARGETS_MS = {"search": 40, "actions": 25, "dashboard": 25, "meeting": 10}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    p.add_argument("--repeats", type=int, default=8)
    p.add_argument("--small", action="store_true", help="a 5%% archive, for trying changes")
    p.add_argument("--home", help="reuse this home (its manifest.json and database)")
    p.add_argument("--keep", action="store_true", help="keep the temporary home")
    p.add_argument("--measure", help=argparse.SUPPRESS)  # the in-process half: a manifest
    p.add_argument("--in-cluster", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.measure:
        return measure(json.loads(Path(args.measure).read_text()), args.repeats)
    if args.db in ("sqlite", "both") and not args.in_cluster:
        rc = run_on("sqlite", args)
        if args.db == "sqlite":
            return rc
    if args.in_cluster:
        return run_on("postgres", args)
    forwarded = ["--db", "postgres", "--in-cluster", "--repeats", str(args.repeats)]
    forwarded += ["--small"] if args.small else []
    forwarded += ["--keep"] if args.keep else []
    forwarded += ["--home", args.home] if args.home else []
    return subprocess.call([sys.executable, str(HERE.parent / "scripts" / "with_postgres.py"),
                            "--", sys.executable, str(Path(__file__).resolve()), *forwarded])


def run_on(db: str, args) -> int:
    import run  # bench/load/run.py: the same archive, cache and environment

    home = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix=f"minutebook-solo-{db}-"))
    env = run.environment(home, db)
    env["PAGE_CACHE_ENTRIES"] = "0"
    try:
        print(f"== {db}: home {home}", flush=True)
        if (home / "manifest.json").exists():
            run.minutebook(env, "migrate", "--verbosity", "0")
        else:
            run.prepare(argparse.Namespace(small=args.small, seed=7, no_cache=False), db, home,
                        env)
        return subprocess.call([sys.executable, str(Path(__file__).resolve()), "--measure",
                                str(home / "manifest.json"), "--repeats", str(args.repeats)],
                               env=env, cwd=home)
    finally:
        if args.keep or args.home:
            print(f"kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


def pages(m: dict) -> list[tuple[str, list[str], str | None]]:
    """(name, paths to rotate through, user), as the load scenario asks for them."""
    searches = [f"/search/?q={quote_plus(q)}" for q in m["queries"]]
    member = m["users"]["member"]
    return [
        ("dashboard clerk", ["/dashboard/"], "clerk"),
        ("dashboard member", ["/dashboard/"], "member"),
        ("meeting anon", [f"/meetings/{pk}/" for pk in m["public_meetings"]], None),
        ("meeting member", [f"/meetings/{pk}/" for pk in m["member_meetings"]], "member"),
        ("actions clerk", [f"/actions/?body={m['users']['clerk'][0]}&status=open"], "clerk"),
        ("actions member", [f"/actions/?body={b}&status={s}" for b in member
                            for s in ("open", "done")], "member"),
        ("actions anon", [f"/actions/?body={b}&status=open" for b in m["public_bodies"]], None),
        ("search anon", searches, None),
        ("search member", searches, "member"),
    ]


def measure(manifest: dict, repeats: int) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    db = connection.vendor
    failed = 0
    print(f"{'page':<18}{'p50 ms':>8}{'p95 ms':>8}{'cpu ms':>8}{'queries':>9}{'sql ms':>8}")
    lines = []
    for name, paths, user in pages(manifest):
        client = Client()
        if user:
            client.force_login(get_user_model().objects.get(username=user))
        client.get(paths[0])  # templates compiled
        walls, cpus, counts, sqls = [], [], [], []
        for n in range(repeats):
            path = paths[n % len(paths)]
            with CaptureQueriesContext(connection) as captured:
                wall, cpu = time.perf_counter(), time.process_time()
                status = client.get(path).status_code
                walls.append((time.perf_counter() - wall) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
            if status != 200:
                print(f"{name}: HTTP {status} for {path}")
                failed += 1
            counts.append(len(captured))
            sqls.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
        walls.sort()
        p50, p95 = statistics.median(walls), walls[min(len(walls) - 1, int(0.95 * len(walls)))]
        queries = f"{min(counts)}-{max(counts)}" if min(counts) != max(counts) else str(counts[0])
        print(f"{name:<18}{p50:>8.1f}{p95:>8.1f}{statistics.median(cpus):>8.1f}{queries:>9}"
              f"{statistics.median(sqls):>8.1f}")
        target = TARGETS_MS[name.split()[0]]
        lines.append(f"page-solo db={db} page={name.replace(' ', '_')} p50_ms={p50:.1f} "
                     f"p95_ms={p95:.1f} cpu_ms={statistics.median(cpus):.1f} queries={queries} "
                     f"target_ms={target} {'PASS' if p50 <= target else 'FAIL'}")
    print("\n".join(lines), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
