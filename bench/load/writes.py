"""A clerk writing on a fixed schedule while the readers run (run.py --write-rates).

The writes are the ones a clerk makes all day, in the clerk's own signed-in session: the
tracker's inline action update (a progress note, or the status and back) and a minute-entry
edit in minutes still in draft or circulation. Each carries the version it was made on, as
the pages' forms do, and takes the next version from the answer.
"""

import asyncio
import html
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

from driver import Connection, Request, Tally

ROW_VERSION = re.compile(r'<tr id="action-(\d+)">.*?name="version" value="(\d+)"', re.S)
FORM_VERSION = re.compile(r'name="version" value="(\d+)"')
ENTRY_LINK = re.compile(r'hx-get="/entries/(\d+)/"')
TEXTAREA = re.compile(r"<textarea[^>]*>(.*?)</textarea>", re.S)
KIND = re.compile(r'<option value="(\w+)" selected>')
# Entries whose form also edits an action or a decision: left alone.
KEPT_WHOLE = {"action", "decision"}


@dataclass
class Clerk:
    cookie: str
    csrf: str
    actions: dict[int, int] = field(default_factory=dict)  # action id -> version
    entries: list[int] = field(default_factory=list)
    done: int = 0


def discover(http_get, manifest: dict, cookie: str) -> Clerk:
    """The actions and entries the clerk will write to, found through the clerk's pages."""
    csrf = re.search(r"csrftoken=([^;]+)", cookie).group(1)
    clerk = Clerk(cookie=cookie, csrf=csrf)
    body = manifest["users"]["clerk"][0]
    _, _, page = http_get(f"/actions/?body={body}&status=open", cookie)
    clerk.actions = {int(a): int(v) for a, v in ROW_VERSION.findall(page)[:50]}
    for meeting in reversed(manifest["member_meetings"]):
        status, _, page = http_get(f"/meetings/{meeting}/minutes/", cookie)
        if status == 200 and "approved and locked" not in page:
            clerk.entries += [int(e) for e in ENTRY_LINK.findall(page)]
        if len(clerk.entries) >= 20:
            break
    if not clerk.actions:
        raise SystemExit("run.py: the clerk's tracker lists no open action to update")
    return clerk


async def one_write(conn: Connection, clerk: Clerk) -> str:
    """The next write; returns its name. Raises on an answer other than 200."""
    n = clerk.done
    clerk.done += 1
    headers = {"Cookie": clerk.cookie, "X-CSRFToken": clerk.csrf, "HX-Request": "true"}
    if clerk.entries and n % 3 == 2:
        entry = clerk.entries[n // 3 % len(clerk.entries)]
        status, form = await conn.request("GET", f"/entries/{entry}/", headers)
        kind = KIND.search(form)
        if status != 200 or kind is None:
            raise ValueError(f"HTTP {status} for the form of entry {entry}")
        if kind.group(1) in KEPT_WHOLE:
            clerk.entries.remove(entry)  # its action or decision fields are not re-sent
            return await one_write(conn, clerk)
        text = re.sub(r" \(rev \d+\)$", "", html.unescape(TEXTAREA.search(form).group(1).strip()))
        data = {"kind": kind.group(1), "text": f"{text} (rev {n})",
                "version": FORM_VERSION.search(form).group(1)}
        status, _ = await conn.request("POST", f"/entries/{entry}/", headers, urlencode(data))
        name = "entry edit"
    else:
        action = list(clerk.actions)[n % len(clerk.actions)]
        # Every other update to an action marks it done, the next one opens it again.
        done = n // len(clerk.actions) % 2 == 0 and n % 2 == 1
        data = {"status": "done" if done else "open", "note": f"Progress {n}",
                "version": clerk.actions[action]}
        status, row = await conn.request("POST", f"/actions/{action}/update/", headers,
                                         urlencode(data))
        found = FORM_VERSION.search(row)
        if found:
            clerk.actions[action] = int(found.group(1))
        name = "action update"
    if status != 200:
        raise ValueError(f"HTTP {status} for the {name} #{n}")
    return name


async def write_on_schedule(host, port, clerk: Clerk, rate: float, deadline: float,
                            tally: Tally):
    """One write every 1/rate seconds until the deadline; a write that runs late delays the
    next one rather than overlapping it, as one clerk's browser would."""
    conn = Connection(host, port)
    began = time.perf_counter()
    k = 0
    try:
        while True:
            due = began + k / rate
            if due >= deadline:
                return
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            started = time.perf_counter()
            error = None
            try:
                await asyncio.wait_for(one_write(conn, clerk), 30)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                error = f"{type(exc).__name__}: {exc}"
                await conn.close()
            tally.add(time.perf_counter() - started, error)
            k += 1
    finally:
        await conn.close()


__all__ = ["Clerk", "Request", "discover", "write_on_schedule"]
