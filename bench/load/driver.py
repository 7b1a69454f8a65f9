"""A small closed-loop HTTP/1.1 load driver: N clients, each sending its next request as soon
as the previous answer is read, to one loopback server. A client keeps its connection while the
server does; a server that closes it after each answer gets a new one for each request, the
connecting counted in the request's time.

Written on asyncio streams rather than a library so the benchmark needs nothing beyond the
standard library and costs the shared CPU as little as possible.
"""

import asyncio
import math
import random
import time
from dataclasses import dataclass, field

REQUEST_TIMEOUT = 30.0


@dataclass
class Request:
    name: str  # the row of the report it counts towards
    path: str
    cookie: str = ""


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)  # seconds, successful or not
    errors: int = 0
    samples: list[str] = field(default_factory=list)  # a few error descriptions

    def add(self, seconds: float, error: str | None):
        self.latencies.append(seconds)
        if error:
            self.errors += 1
            if len(self.samples) < 3:
                self.samples.append(error)


class Connection:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None

    async def get(self, req: Request) -> int:
        """One GET; returns the status. A kept-alive connection the server has just closed
        is retried once on a new one, as browsers do; anything else is an error."""
        reused = self.writer is not None
        try:
            return await self._get(req)
        except (ConnectionError, asyncio.IncompleteReadError):
            await self.close()
            if not reused:
                raise
            return await self._get(req)

    async def _get(self, req: Request) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = f"GET {req.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        if req.cookie:
            head += f"Cookie: {req.cookie}\r\n"
        self.writer.write((head + "\r\n").encode("latin-1"))
        await self.writer.drain()
        status, headers = await self._head()
        await self._body(headers)
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status

    async def request(self, method: str, path: str, headers: dict, body: str = "") -> tuple:
        """One request with its own headers and form body; returns (status, text)."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        for key, value in headers.items():
            head += f"{key}: {value}\r\n"
        data = body.encode()
        if method == "POST":
            head += ("Content-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: {len(data)}\r\n")
        self.writer.write((head + "\r\n").encode("latin-1") + data)
        await self.writer.drain()
        status, got = await self._head()
        text = await self._body(got)
        if got.get("connection", "").lower() == "close":
            await self.close()
        return status, text.decode("utf-8", "replace")

    async def _head(self) -> tuple[int, dict]:
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                key, value = line.split(":", 1)
                headers[key.strip().lower()] = value.strip()
        return status, headers

    async def _body(self, headers: dict) -> bytes:
        if "content-length" in headers:
            return await self.reader.readexactly(int(headers["content-length"]))
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunks.append((await self.reader.readexactly(size + 2))[:-2])
                if size == 0:
                    return b"".join(chunks)
        # No length: the body runs to the end of the connection.
        body = await self.reader.read()
        await self.close()
        return body


async def client(host, port, pick, deadline, tallies, statuses=(200,)):
    conn = Connection(host, port)
    try:
        while time.perf_counter() < deadline:
            req = pick()
            if req is None:  # a fixed list of requests has run out
                break
            began = time.perf_counter()
            error = None
            try:
                status = await asyncio.wait_for(conn.get(req), REQUEST_TIMEOUT)
                if status not in statuses:
                    error = f"HTTP {status} for {req.path}"
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                error = f"{type(exc).__name__} for {req.path}: {exc}"
                await conn.close()
            tallies.setdefault(req.name, Tally()).add(time.perf_counter() - began, error)
    finally:
        await conn.close()


async def drive(host, port, scenario, clients: int, seconds: float, seed: int, beside=None):
    """Run `clients` loops for `seconds`, and beside(deadline) alongside them when given;
    returns (tallies by name, wall seconds)."""
    tallies: dict[str, Tally] = {}
    started = time.perf_counter()
    deadline = started + seconds
    loops = [client(host, port, scenario.picker(random.Random(seed * 1000 + n)), deadline,
                    tallies)
             for n in range(clients)]
    if beside is not None:
        loops.append(beside(deadline))
    # The loops end at the deadline; the margin only bounds a request that hangs.
    await asyncio.wait_for(asyncio.gather(*loops), seconds + REQUEST_TIMEOUT + 5)
    return tallies, time.perf_counter() - started


def run(host, port, scenario, clients, seconds, seed=1, beside=None):
    return asyncio.run(drive(host, port, scenario, clients, seconds, seed, beside))


def run_through(host, port, requests: list[Request], clients: int, limit: float = 600.0):
    """`clients` loops share one list of requests until it is empty (each sent once);
    returns (tallies by name, wall seconds)."""
    queue = iter(requests)

    def pick():
        return next(queue, None)

    async def through():
        tallies: dict[str, Tally] = {}
        started = time.perf_counter()
        loops = [client(host, port, pick, started + limit, tallies) for _ in range(clients)]
        await asyncio.wait_for(asyncio.gather(*loops), limit + REQUEST_TIMEOUT + 5)
        return tallies, time.perf_counter() - started

    return asyncio.run(through())


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile, in the same unit as the values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]
