"""What the simulated clients ask for, and how often.

Weights follow how a secretariat uses the app: clerks live in the dashboard and the action
tracker, members and the public read minutes and search them.
"""

import itertools
import random
import statistics
from urllib.parse import quote_plus

from driver import Request

SOLO_REPEATS = 7  # one client, no queue: what each page costs on its own


class Scenario:
    def __init__(self, manifest: dict, cookies: dict[str, str]):
        m, c = manifest, cookies
        clerk_body = m["users"]["clerk"][0]
        searches = [quote_plus(q) for q in m["queries"]]
        # (row name, weight, path template, what fills it in, cookie); every combination of
        # the choices is a page a client may ask for.
        self.pages = [
            ("dashboard clerk", 15, "/dashboard/", [], c["clerk"]),
            ("dashboard member", 5, "/dashboard/", [], c["member"]),
            ("meeting anon", 15, "/meetings/{}/", [m["public_meetings"]], ""),
            ("meeting member", 10, "/meetings/{}/", [m["member_meetings"]], c["member"]),
            ("actions clerk", 15, "/actions/?body={}&status=open", [[clerk_body]], c["clerk"]),
            ("actions member", 5, "/actions/?body={}&status={}",
             [m["users"]["member"], ["open", "open", "done"]], c["member"]),
            ("actions anon", 5, "/actions/?body={}&status=open", [m["public_bodies"]], ""),
            ("search anon", 15, "/search/?q={}", [searches], ""),
            ("search member", 15, "/search/?q={}", [searches], c["member"]),
        ]

    @classmethod
    def floor(cls):
        floor = cls.__new__(cls)
        floor.pages = [("healthz", 1, "/healthz", [], "")]
        return floor

    def picker(self, rng: random.Random):
        names = list(range(len(self.pages)))
        weights = [page[1] for page in self.pages]

        def pick() -> Request:
            name, _, template, choices, cookie = self.pages[rng.choices(names, weights)[0]]
            return Request(name, template.format(*(rng.choice(c) for c in choices)), cookie)

        return pick

    def every_page(self, rng: random.Random) -> list[Request]:
        """Each distinct page a client may ask for, once, in random order."""
        found = {}
        for name, _, template, choices, cookie in self.pages:
            for values in itertools.product(*choices):
                found[(template.format(*values), cookie)] = name
        every = [Request(name, path, cookie) for (path, cookie), name in found.items()]
        rng.shuffle(every)
        return every

    def solo_latencies(self, fetch) -> dict[str, float]:
        """Median milliseconds per page with one client (None if it failed)."""
        rng = random.Random(3)
        result = {}
        for name, _, template, choices, cookie in [*self.pages, *Scenario.floor().pages]:
            times = []
            for _ in range(SOLO_REPEATS):
                path = template.format(*(rng.choice(c) for c in choices))
                seconds = fetch(Request(name, path, cookie))
                if seconds is None:  # failed or timed out: one is enough to say so
                    break
                times.append(seconds)
            result[name] = statistics.median(times) * 1000 if times else None
        return result
