#!/usr/bin/env python3
"""Run a command against a throwaway PostgreSQL cluster, then remove the cluster.

    python scripts/with_postgres.py -- pytest ...

The cluster lives in a temporary directory on a free port with fsync off (it is thrown
away), and the command sees DATABASE_URL pointing at it. Exit code 4 means PostgreSQL is
not installed, so callers can skip or fail as they choose.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile

NOT_INSTALLED = 4


def find_bin(name: str) -> str | None:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return shutil.which(name) or (candidates[0] if candidates else None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_cluster_owner(argv: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; use its own system account when we are root.
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", "postgres", "--", *argv]


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1:] if "--" in sys.argv else sys.argv[1:]
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if not (initdb and pg_ctl):
        print("PostgreSQL is not installed (no initdb/pg_ctl found)", file=sys.stderr)
        return NOT_INSTALLED
    tmp = tempfile.mkdtemp(prefix="minutebook-pg-")
    data, sock = os.path.join(tmp, "data"), os.path.join(tmp, "sock")
    os.makedirs(sock)
    if os.geteuid() == 0:
        pg = pwd.getpwnam("postgres")
        for path in (tmp, sock):
            os.chown(path, pg.pw_uid, pg.pw_gid)
    port = free_port()
    quiet = {"stdout": subprocess.DEVNULL}
    try:
        subprocess.run(
            as_cluster_owner([initdb, "-D", data, "-U", "minutebook", "--auth=trust", "-E", "UTF8",
                              "--locale=C.UTF-8"]),
            check=True, **quiet,
        )
        options = f"-p {port} -k {sock} -c fsync=off -c synchronous_commit=off " \
                  "-c full_page_writes=off -c listen_addresses=127.0.0.1 -c max_connections=200 " \
                  "-c random_page_cost=1.1"
        subprocess.run(
            as_cluster_owner([pg_ctl, "-D", data, "-o", options, "-l",
                              os.path.join(tmp, "log"), "-w", "start"]),
            check=True, **quiet,
        )
        env = dict(os.environ, DATABASE_URL=f"postgres://minutebook@127.0.0.1:{port}/postgres")
        print(f"PostgreSQL cluster on port {port}", file=sys.stderr)
        return subprocess.run(command, env=env).returncode
    finally:
        subprocess.run(
            as_cluster_owner([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"]),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
