"""What the simulated clients ask for, and how often.

Weights follow how a secretariat uses the app: clerks live in the dashboard and the action
tracker, members and the public read minutes and search them.
"""

import random
import statistics
from urllib.parse import quote_plus

from driver import Request

SOLO_REPEATS = 7  # one client, no queue: what each page costs on its own


class Scenario:
    def __init__(self, manifest: dict, cookies: dict[str, str]):
        m, c = manifest, cookies
        clerk_body = m["users"]["clerk"][0]
        member_bodies = m["users"]["member"]
        # (row name, weight, function of a Random giving a path, cookie)
        self.pages = [
            ("dashboard clerk", 15, lambda r: "/dashboard/", c["clerk"]),
            ("dashboard member", 5, lambda r: "/dashboard/", c["member"]),
            ("meeting anon", 15, lambda r: f"/meetings/{r.choice(m['public_meetings'])}/", ""),
            ("meeting member", 10,
             lambda r: f"/meetings/{r.choice(m['member_meetings'])}/", c["member"]),
            ("actions clerk", 15,
             lambda r: f"/actions/?body={clerk_body}&status=open", c["clerk"]),
            ("actions member", 5,
             lambda r: f"/actions/?body={r.choice(member_bodies)}&status="
                       f"{r.choice(['open', 'open', 'done'])}", c["member"]),
            ("actions anon", 5,
             lambda r: f"/actions/?body={r.choice(m['public_bodies'])}&status=open", ""),
            ("search anon", 15, lambda r: f"/search/?q={quote_plus(r.choice(m['queries']))}", ""),
            ("search member", 15,
             lambda r: f"/search/?q={quote_plus(r.choice(m['queries']))}", c["member"]),
        ]

    @classmethod
    def floor(cls):
        floor = cls.__new__(cls)
        floor.pages = [("healthz", 1, lambda r: "/healthz", "")]
        return floor

    def picker(self, rng: random.Random):
        names = list(range(len(self.pages)))
        weights = [w for _, w, _, _ in self.pages]

        def pick() -> Request:
            name, _, path, cookie = self.pages[rng.choices(names, weights)[0]]
            return Request(name, path(rng), cookie)

        return pick

    def solo_latencies(self, fetch) -> dict[str, float]:
        """Median milliseconds per page with one client (None if it failed); also warms caches."""
        rng = random.Random(3)
        result = {}
        for name, _, path, cookie in [*self.pages, *Scenario.floor().pages]:
            times = []
            for _ in range(SOLO_REPEATS):
                seconds = fetch(Request(name, path(rng), cookie))
                if seconds is None:  # failed or timed out: one is enough to say so
                    break
                times.append(seconds)
            result[name] = statistics.median(times) * 1000 if times else None
        return result
