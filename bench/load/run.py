#!/usr/bin/env python3
"""Load benchmark: a 20-year archive served by gunicorn to 50 concurrent clients.

    python bench/load/run.py [--db sqlite|postgres|both] [--clients 50] [--seconds 30] [--small]
                             [--write-rates 0,0.2,1,5] [--page-cache-off] [--home DIR]

For each database: a temporary MINUTEBOOK_HOME, migrate, generate the archive (SQLite reuses a
cached copy from bench/load/.cache when one matches), serve with `minutebook serve`, log the
test users in, then measure with the same clients:
- the floor: /healthz, a view that does nothing;
- a cold start: every distinct page the clients can ask for (about 900), each asked for once,
  as right after a restart, when nothing is kept yet;
- the mixed scenario in its steady state, once each page has been built.

- with --write-rates, the mixed scenario again at each rate while a clerk, in its own
  session, writes that many times a second (writes.py: tracker updates, entry edits); each
  rate starts from a full cache (every page asked for once more). Its last line per rate:
  `load-score db=... rate=... p95_ms=... p99_ms=... worst_p95_ms=... rps=... floor_rps=...
  errors=... write_p95_ms=... write_errors=...`.

--page-cache-off serves every page built afresh (PAGE_CACHE_ENTRIES=0; target p95 600 ms at
50 clients). --home reuses a home a previous run (or pages_solo.py --keep) left, migrating it
first; with PostgreSQL, one made in the same cluster (--in-cluster, DATABASE_URL set).

Targets, on the steady state: no errors, p95 under 150 ms on every page, throughput at least
40% of the floor. The cold start is reported beside them; with 50 clients at once, each page
built from the database, its latency is the time to build 50 pages on two cores.
Exit status 0 when every target is met, 1 when one is missed, 4 when PostgreSQL is missing.
"""

import argparse
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

import driver  # noqa: E402
import writes  # noqa: E402
from scenario import Scenario  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CACHE = HERE / ".cache"
HOST = "127.0.0.1"
TARGET_P95_MS = 150.0
TARGET_RATIO = 0.40
SMALL_SCALE = 0.05
NOT_INSTALLED = 4
# Two cores: three processes keep both busy while one waits on the database.
WORKERS = 3
# `serve` runs gunicorn's sync workers (command-line settings win over GUNICORN_CMD_ARGS),
# which answer each request on its own connection; a deep backlog lets 50 clients connect.
GUNICORN_ARGS = "--backlog 2048"


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.db == "both":
        return max(run_sqlite(args), run_postgres(args))
    if args.db == "sqlite":
        return run_sqlite(args)
    return bench_here(args, "postgres") if args.in_cluster else run_postgres(args)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--small", action="store_true", help="a 5%% archive, for trying changes")
    p.add_argument("--workers", type=int, default=WORKERS)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--no-cache", action="store_true", help="always generate afresh")
    p.add_argument("--json", help="also write the figures to this file")
    p.add_argument("--keep", action="store_true", help="keep the temporary home (for EXPLAIN)")
    p.add_argument("--write-rates", default="0", type=rates,
                   help="a clerk's writes a second, comma-separated (0: readers only)")
    p.add_argument("--page-cache-off", action="store_true",
                   help="keep no rendered pages: every request builds its page")
    p.add_argument("--home", help="reuse this home (its manifest.json and database)")
    p.add_argument("--in-cluster", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def rates(text: str) -> list[float]:
    found = [float(r) for r in text.split(",") if r.strip()]
    if not found or any(r < 0 for r in found):
        raise argparse.ArgumentTypeError("rates are numbers of writes a second, 0 or more")
    return found


def run_sqlite(args) -> int:
    return bench_here(args, "sqlite")


def run_postgres(args) -> int:
    """Run this script again inside a throwaway PostgreSQL cluster."""
    argv = [sys.executable, str(Path(__file__).resolve()), *forwarded(args), "--db", "postgres",
            "--in-cluster"]
    rc = subprocess.call([sys.executable, str(REPO / "scripts" / "with_postgres.py"), "--",
                          *argv])
    if rc == NOT_INSTALLED:
        print("skipped: PostgreSQL run (PostgreSQL is not installed)")
    return rc


def forwarded(args) -> list[str]:
    out = ["--clients", str(args.clients), "--seconds", str(args.seconds),
           "--workers", str(args.workers), "--seed", str(args.seed),
           "--write-rates", ",".join(str(r) for r in args.write_rates)]
    out += ["--small"] if args.small else []
    out += ["--no-cache"] if args.no_cache else []
    out += ["--keep"] if args.keep else []
    out += ["--page-cache-off"] if args.page_cache_off else []
    out += ["--home", args.home] if args.home else []
    out += ["--json", str(Path(args.json).with_suffix(".postgres.json"))] if args.json else []
    return out


def bench_here(args, db: str) -> int:
    home = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix=f"minutebook-load-{db}-"))
    env = environment(home, db)
    if args.page_cache_off:
        env["PAGE_CACHE_ENTRIES"] = "0"
    server = None
    try:
        print(f"== {db}: home {home}", flush=True)
        manifest = prepare(args, db, home, env)
        port = free_port()
        server = serve(env, home, port, args.workers)
        cookies = log_in(port, manifest)
        clerk = writes.discover(lambda path, cookie: http_get(port, path, cookie), manifest,
                                cookies["clerk"]) if any(args.write_rates) else None
        result = measure(args, port, Scenario(manifest, cookies), clerk)
        result.update(db=db, generation=manifest.get("timings"), counts=manifest.get("counts"),
                      workers=args.workers, clients=args.clients, seconds=args.seconds)
        return report(result, args.json)
    finally:
        stop(server)
        if args.keep or args.home:
            print(f"kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


def environment(home: Path, db: str) -> dict:
    env = dict(os.environ, MINUTEBOOK_HOME=str(home), DEBUG="false", LOG_LEVEL="WARNING",
               GUNICORN_CMD_ARGS=GUNICORN_ARGS)
    if db == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{home}/var/minutebook.sqlite3"
    elif not env.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("run.py: --in-cluster needs DATABASE_URL from scripts/with_postgres.py")
    return env


# Preparing the database.

def prepare(args, db, home, env) -> dict:
    scale = SMALL_SCALE if args.small else 1.0
    manifest_file = home / "manifest.json"
    cached = CACHE / f"archive-{cache_key(scale, args.seed)}"
    if getattr(args, "home", None) and manifest_file.exists():
        print(f"reusing the archive in {home}", flush=True)
        minutebook(env, "migrate", "--verbosity", "0")
        return json.loads(manifest_file.read_text())
    if db == "sqlite" and not args.no_cache and cached.with_suffix(".sqlite3").exists():
        print(f"reusing cached archive {cached.name}", flush=True)
        (home / "var").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached.with_suffix(".sqlite3"), home / "var" / "minutebook.sqlite3")
        shutil.copyfile(cached.with_suffix(".json"), manifest_file)
        minutebook(env, "migrate", "--verbosity", "0")  # a no-op unless the cache is stale
        return json.loads(manifest_file.read_text())
    began = time.perf_counter()
    minutebook(env, "migrate", "--verbosity", "0")
    print(f"migrated in {time.perf_counter() - began:.1f} s; generating (scale {scale})",
          flush=True)
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--scale", str(scale),
                    "--seed", str(args.seed), "--manifest", str(manifest_file)],
                   env=env, check=True, cwd=home)
    if db == "sqlite" and not args.no_cache:
        store_cache(home / "var" / "minutebook.sqlite3", manifest_file, cached)
    return json.loads(manifest_file.read_text())


def cache_key(scale: float, seed: int) -> str:
    """Changes whenever the schema, the generator, the size or the week does."""
    digest = hashlib.sha256(f"{scale} {seed} {this_monday()}".encode())
    sources = sorted((REPO / "minutebook").glob("*/migrations/*.py"))
    for path in [HERE / "generate.py", *sources]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def this_monday() -> str:
    today = time.localtime()
    return time.strftime("%Y-%m-%d", time.localtime(time.time() - today.tm_wday * 86400))


def store_cache(database: Path, manifest: Path, cached: Path):
    # Fold the write-ahead log into the file first, so one file is the whole database.
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob("archive-*"):  # one archive at a time: they are large
        if not old.name.startswith(cached.name):
            old.unlink()
    shutil.copyfile(database, cached.with_suffix(".sqlite3.part"))
    os.replace(cached.with_suffix(".sqlite3.part"), cached.with_suffix(".sqlite3"))
    shutil.copyfile(manifest, cached.with_suffix(".json"))


def minutebook(env, *argv):
    subprocess.run([str(Path(sys.executable).parent / "minutebook"), *argv], env=env,
                   check=True, cwd=env["MINUTEBOOK_HOME"])


# The server.

def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def serve(env, home, port, workers) -> subprocess.Popen:
    log = open(home / "server.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "minutebook"), "serve", "--bind", f"{HOST}:{port}",
         "--workers", str(workers)],
        env=env, cwd=home, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    wait_until_up(proc, port, home / "server.log")
    return proc


def wait_until_up(proc, port, log: Path, limit: float = 60.0):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"run.py: the server exited:\n{log.read_text()[-2000:]}")
        try:
            status, _, _ = http_get(port, "/healthz")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    sys.exit(f"run.py: the server did not answer within {limit:.0f} s")


def stop(proc):
    """Stop the server we started (its own process group: gunicorn and its workers)."""
    if proc is None or proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


# Logging in, once per user: sessions are shared by that user's simulated clients.

def http_get(port, path, cookie="", method="GET", body=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.getheaders(), resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def cookies_from(headers) -> dict:
    jar = {}
    for key, value in headers:
        if key.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def log_in(port, manifest) -> dict[str, str]:
    cookies = {}
    for user in manifest["users"]:
        _, headers, page = http_get(port, "/accounts/login/")
        csrf = cookies_from(headers)["csrftoken"]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = urlencode({"username": user, "password": manifest["password"],
                          "csrfmiddlewaretoken": token, "next": "/dashboard/"})
        status, headers, _ = http_get(port, "/accounts/login/", f"csrftoken={csrf}", "POST", form)
        jar = cookies_from(headers)
        session = jar.get("sessionid")
        if status != 302 or not session:
            sys.exit(f"run.py: could not log in as {user} (HTTP {status})")
        # As a browser does: the session and the CSRF cookie that logging in renewed.
        cookies[user] = f"sessionid={session}; csrftoken={jar.get('csrftoken', csrf)}"
    return cookies


# Measuring.

def measure(args, port, scenario, clerk=None) -> dict:
    """Solo costs, the floor, a cold start, then the mixed scenario in its steady state, at
    each write rate.

    The targets apply to the steady state: a server that has been up for a while has built
    each page once, and keeps it until a write or its age (1 or 10 minutes) ends it. The cold
    start, each distinct page asked for once by all the clients at once, as after a restart,
    is measured and reported beside it.
    """
    seconds, clients = args.seconds, args.clients
    print("solo: each kind of page, one client", flush=True)
    solo = scenario.solo_latencies(lambda req: timed_get(port, req))
    print(f"floor: {clients} clients on /healthz for {seconds:.0f} s", flush=True)
    floor, floor_wall = driver.run(HOST, port, Scenario.floor(), clients, seconds)
    every = scenario.every_page(random.Random(args.seed))
    print(f"cold start: {clients} clients on {len(every)} distinct pages, each once", flush=True)
    cold, cold_wall = driver.run_through(HOST, port, every, clients)
    by_rate = {}
    for n, rate in enumerate(args.write_rates):
        if n:  # each rate starts from a full cache
            driver.run_through(HOST, port, every, clients)
        print(f"mixed: {clients} clients on the mixed scenario for {seconds:.0f} s, "
              f"{rate:g} writes/s", flush=True)
        wrote = driver.Tally()
        beside = None
        if rate > 0:
            def beside(deadline, rate=rate, wrote=wrote):
                return writes.write_on_schedule(HOST, port, clerk, rate, deadline, wrote)
        mixed, mixed_wall = driver.run(HOST, port, scenario, clients, seconds, beside=beside)
        by_rate[rate] = {"mixed": summarise(mixed, mixed_wall), "writes": row(wrote, mixed_wall)}
    first = by_rate[args.write_rates[0]]["mixed"]
    return {"floor": summarise(floor, floor_wall), "cold": summarise(cold, cold_wall),
            "mixed": first, "rates": by_rate, "solo_ms": solo}


def timed_get(port, req) -> float | None:
    began = time.perf_counter()
    try:
        status, _, _ = http_get(port, req.path, req.cookie)
    except OSError as exc:
        print(f"solo request failed: {req.path}: {exc}", flush=True)
        return None
    if status != 200:
        print(f"solo request failed: {req.path}: HTTP {status}", flush=True)
        return None
    return time.perf_counter() - began


def summarise(tallies: dict, wall: float) -> dict:
    rows = {name: row(t, wall) for name, t in sorted(tallies.items())}
    every = driver.Tally()
    for t in tallies.values():
        every.latencies += t.latencies
        every.errors += t.errors
        every.samples += t.samples[:1]
    rows["all"] = row(every, wall)
    return rows


def row(t: driver.Tally, wall: float) -> dict:
    ms = [s * 1000 for s in t.latencies]
    return {"requests": len(ms), "errors": t.errors, "p50": driver.percentile(ms, 50),
            "p95": driver.percentile(ms, 95), "p99": driver.percentile(ms, 99),
            "rps": len(ms) / wall, "error_samples": t.samples}


# Reporting.

def report(result: dict, json_path: str | None) -> int:
    floor, mixed = result["floor"]["all"], result["mixed"]["all"]
    ratio = mixed["rps"] / floor["rps"] if floor["rps"] else 0.0
    checks = {
        "no errors": floor["errors"] + result["cold"]["all"]["errors"] + mixed["errors"] == 0,
        f"p95 under {TARGET_P95_MS:.0f} ms on every page": all(
            r["p95"] < TARGET_P95_MS for r in result["mixed"].values()),
        f"throughput at least {TARGET_RATIO:.0%} of the floor": ratio >= TARGET_RATIO,
    }
    print_table(result, ratio, checks)
    for rate, at in result["rates"].items():
        print_rates(result, rate, at)
    result.update(ratio=ratio, checks=checks, passed=all(checks.values()))
    result["rates"] = {str(k): v for k, v in result["rates"].items()}
    if json_path:
        Path(json_path).write_text(json.dumps(result, indent=1))
    return 0 if result["passed"] else 1


def print_table(result, ratio, checks):
    gen = result.get("generation") or {}
    print(f"\n== {result['db']}: {result['clients']} clients, {result['seconds']:.0f} s a phase, "
          f"{result['workers']} gunicorn workers ({GUNICORN_ARGS})")
    print(f"archive: {json.dumps(result.get('counts'))}")
    print(f"generation: {gen.get('rows_s')} s rows + {gen.get('index_s')} s search index "
          f"= {gen.get('total_s')} s (cached copies report the original run)")
    head = f"{'endpoint':<20}{'solo':>8}{'requests':>10}{'errors':>8}{'p50':>9}{'p95':>9}" \
           f"{'p99':>9}{'req/s':>9}"
    print(head + "\n" + "-" * len(head))
    solo = result["solo_ms"]
    for name, r in result["mixed"].items():
        print_row(name, r, solo.get(name, "-"))
    print_row("floor /healthz", result["floor"]["all"], solo.get("healthz"))
    cold = result["cold"]["all"]
    print_row("cold start", cold, "-")
    print(f"  (each of {cold['requests']} distinct pages once, after a restart; "
          f"not part of the targets)")
    print(f"\nthroughput ratio (mixed / floor): {ratio:.1%}")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    for name, r in [*result["mixed"].items(), ("floor", result["floor"]["all"]),
                    ("cold start", result["cold"]["all"])]:
        for sample in r["error_samples"] if name != "all" else []:
            print(f"error sample ({name}): {sample}")
    print(f"RESULT: {'PASS' if all(checks.values()) else 'FAIL'}\n", flush=True)


def print_rates(result, rate, at):
    """One rate: the readers' table, the writes' own figures, and the load-score line."""
    mixed, wrote = at["mixed"], at["writes"]
    print(f"== {result['db']}: {rate:g} writes/s")
    for name, r in mixed.items():
        print_row(name, r, "-")
    if rate > 0:
        print_row("clerk's writes", wrote, "-")
        for sample in wrote["error_samples"]:
            print(f"write error sample: {sample}")
    worst = max(r["p95"] for name, r in mixed.items() if name != "all")
    writes_p95 = f"{wrote['p95']:.0f}" if wrote["requests"] else "-"
    print(f"load-score db={result['db']} rate={rate:g} p95_ms={mixed['all']['p95']:.0f} "
          f"p99_ms={mixed['all']['p99']:.0f} worst_p95_ms={worst:.0f} "
          f"rps={mixed['all']['rps']:.1f} floor_rps={result['floor']['all']['rps']:.1f} "
          f"errors={mixed['all']['errors']} write_p95_ms={writes_p95} "
          f"write_errors={wrote['errors']}", flush=True)


def print_row(name, r, solo):
    solo_text = "failed" if solo is None else solo if isinstance(solo, str) else f"{solo:.0f}"
    print(f"{name:<20}{solo_text:>8}{r['requests']:>10}{r['errors']:>8}{r['p50']:>9.0f}"
          f"{r['p95']:>9.0f}{r['p99']:>9.0f}{r['rps']:>9.1f}")


if __name__ == "__main__":
    sys.exit(main())
