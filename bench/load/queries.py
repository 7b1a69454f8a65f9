#!/usr/bin/env python3
"""Where a page's time goes: its SQL queries, counted and timed, slowest first.

    MINUTEBOOK_HOME=... DATABASE_URL=... python bench/load/queries.py MANIFEST [--top 5] [--explain]

Uses the archive a load run generated (run.py --keep leaves it in place) and the same pages
as the load scenario, fetched in-process with Django's test client, one at a time.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path
from urllib.parse import quote_plus

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "minutebook.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def pages(m: dict) -> list[tuple[str, str, str | None]]:
    clerk_body, member_bodies = m["users"]["clerk"][0], m["users"]["member"]
    query = quote_plus(m["queries"][0])
    return [
        ("dashboard clerk", "/dashboard/", "clerk"),
        ("dashboard member", "/dashboard/", "member"),
        ("meeting anon", f"/meetings/{m['public_meetings'][0]}/", None),
        ("meeting member", f"/meetings/{m['member_meetings'][-1]}/", "member"),
        ("actions clerk", f"/actions/?body={clerk_body}&status=open", "clerk"),
        ("actions member", f"/actions/?body={member_bodies[0]}&status=done", "member"),
        ("actions anon", f"/actions/?body={m['public_bodies'][0]}&status=open", None),
        ("search anon", f"/search/?q={query}", None),
        ("search member", f"/search/?q={query}", "member"),
    ]


def profile(name, path, user, top, explain):
    client = Client()
    if user:
        client.force_login(get_user_model().objects.get(username=user))
    client.get(path)  # templates compiled, caches filled
    with CaptureQueriesContext(connection) as captured:
        began = time.perf_counter()
        status = client.get(path).status_code
        total = (time.perf_counter() - began) * 1000
    sql_ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
    print(f"\n## {name}  {path}  HTTP {status}: {total:.0f} ms, "
          f"{len(captured)} queries, {sql_ms:.0f} ms in SQL")
    slowest = sorted(captured.captured_queries, key=lambda q: -float(q["time"]))[:top]
    for q in slowest:
        print(f"  {float(q['time']) * 1000:7.1f} ms  {q['sql'][:400]}")
        if explain:
            print_plan(q["sql"])


def print_plan(sql):
    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN ANALYZE "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql)
        for row in cursor.fetchall():
            print("           " + " | ".join(str(c) for c in row))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("manifest")
    p.add_argument("--top", type=int, default=5)
    p.add_argument("--explain", action="store_true")
    p.add_argument("--only", help="only pages whose name contains this")
    args = p.parse_args()
    setup_test_environment()
    manifest = json.loads(Path(args.manifest).read_text())
    for name, path, user in pages(manifest):
        if not args.only or args.only in name:
            profile(name, path, user, args.top, args.explain)
    return 0


if __name__ == "__main__":
    sys.exit(main())
