#!/usr/bin/env python3
"""Import 1,000 generated minutes documents into a fresh SQLite database and time it.

    python bench/bench_import.py [COUNT]

Target: 1,000 documents in under 60 seconds.
"""

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

GIVEN = ["Alan", "Beth", "Carl", "Dina", "Evan", "Fay", "Gus", "Hana", "Ivor", "Jill", "Kit", "Lena"]
FAMILY = ["Barker", "Cole", "Dunn", "Ellis", "Frost", "Grant", "Hale", "Irwin", "Judd", "Kemp"]
TOPICS = ["Transport", "Admissions", "Funding formula", "Attendance", "Recruitment", "Buildings",
          "Inclusion", "Curriculum", "Wellbeing", "Governance"]


def document(n: int, rng: random.Random) -> str:
    day = date(2005, 1, 5) + timedelta(days=7 * n)
    people = rng.sample([f"{g} {f}" for g in GIVEN for f in FAMILY], 9)
    initials = ["".join(w[0] for w in p.split()) for p in people]
    lines = [
        "\tMINUTES", "\tBENCH FORUM", "\tACTION", "",
        "\tDATE", f"\t{day:%d %B %Y}", "\t", "",
        "\tVENUE", f"\tRoom {n % 17 + 1}, County Hall", "\t", "",
        "\tMEMBERS and OFFICERS", "\t" + ", ".join(people[:7]), "\t", "",
        "\tAPOLOGIES", "\t" + ", ".join(people[7:]), "\t", "",
        "\tMINUTES", "\tAgreed as an accurate record.", "\t", "",
        "\tDISCUSSION", "\tThe forum discussed the following.", "",
    ]
    for k, topic in enumerate(rng.sample(TOPICS, 4), start=1):
        a, b = rng.sample(initials[:7], 2)
        lines += [
            f"{k}. {topic}", "",
            f"{a} described the position on {topic.lower()} across the county.",
            f"{b} and {a} stressed the effect on small schools.",
            f"ACTION – {a} to report back on {topic.lower()} by the next meeting.", "",
        ]
    lines += ["\t", "", "\tANY OTHER BUSINESS", "\tNone.", "\t"]
    return "\n".join(lines) + "\n"


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    home = Path(tempfile.mkdtemp(prefix="minutebook-bench-"))
    os.environ.update(MINUTEBOOK_HOME=str(home), DJANGO_SETTINGS_MODULE="minutebook.settings")
    os.environ.pop("DATABASE_URL", None)
    docs = home / "docs"
    docs.mkdir()
    rng = random.Random(7)
    for n in range(count):
        (docs / f"minutes-{n:05d}.txt").write_text(document(n, rng), encoding="utf-8")

    import django

    django.setup()
    from django.core.management import call_command

    from minutebook.bodies.models import Body
    from minutebook.meetings.models import Action, Meeting

    call_command("migrate", verbosity=0)
    Body.objects.create(name="Bench Forum", slug="bench-forum")
    started = time.perf_counter()
    try:
        call_command("import", str(docs), body="Bench Forum")
    except SystemExit as exc:
        print(f"import reported failures (exit {exc.code})")
    elapsed = time.perf_counter() - started
    meetings, actions = Meeting.objects.count(), Action.objects.count()
    print(f"import: {count} documents in {elapsed:.1f} s ({count / elapsed:.0f} docs/s); "
          f"{meetings} meetings, {actions} actions; target < 60 s for 1,000")
    return 0 if meetings == count else 1


if __name__ == "__main__":
    sys.exit(main())
