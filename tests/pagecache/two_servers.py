"""Two real app servers (`minutebook serve`) on the test's PostgreSQL database, each with its
own folder of kept pages, and a browser that keeps its cookies per server."""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

from django.db import connection

HOST = "127.0.0.1"


def database_url() -> str:
    s = connection.settings_dict
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return f"postgres://{s['USER']}{password}@{s['HOST']}:{s['PORT']}/{s['NAME']}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Server:
    """`minutebook serve` with two workers, its own MINUTEBOOK_HOME and the same secret key."""

    def __init__(self, home: Path, secret: str):
        home.mkdir(parents=True, exist_ok=True)
        self.home, self.port = home, free_port()
        env = dict(os.environ, MINUTEBOOK_HOME=str(home), DATABASE_URL=database_url(),
                   SECRET_KEY=secret, DEBUG="false", LOG_LEVEL="WARNING")
        self.log = open(home / "server.log", "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "minutebook"), "serve", "--bind",
             f"{HOST}:{self.port}", "--workers", "2"],
            env=env, cwd=home, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.wait_until_up()

    def wait_until_up(self, limit: float = 60.0):
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, (self.home / "server.log").read_text()[-2000:]
            try:
                if request(self.port, "GET", "/healthz", {})[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError("the server did not answer")

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            self.proc.wait(timeout=30)
        self.log.close()


def request(port, method, path, cookies: dict, form: dict | None = None, headers=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    sent = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()), **(headers or {})}
    body = None
    if form is not None:
        body = urlencode(form)
        sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent["Referer"] = f"http://{HOST}:{port}{path}"
    conn.request(method, path, body=body, headers=sent)
    response = conn.getresponse()
    page = response.read().decode()
    jar = SimpleCookie()
    for value in response.headers.get_all("Set-Cookie") or []:
        jar.load(value)
    conn.close()
    return response.status, {k: m.value for k, m in jar.items()}, page


class Browser:
    """One person's browser: the cookies each server handed out, sent back to it."""

    def __init__(self):
        self.cookies: dict[int, dict] = {}

    def get(self, server, path) -> str:
        return self.send(server, "GET", path)[1]

    def send(self, server, method, path, form=None, headers=None):
        jar = self.cookies.setdefault(server.port, {})
        status, cookies, page = request(server.port, method, path, jar, form, headers)
        jar.update({k: v for k, v in cookies.items() if v})
        return status, page

    def log_in(self, server, username, password):
        page = self.get(server, "/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        status, _ = self.send(server, "POST", "/accounts/login/", {
            "username": username, "password": password, "csrfmiddlewaretoken": token})
        assert status == 302, "could not log in"

    def csrf(self, server) -> str:
        return self.cookies[server.port]["csrftoken"]
