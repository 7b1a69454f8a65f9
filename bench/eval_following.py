#!/usr/bin/env python3
"""Score how imported actions are followed from meeting to meeting.

    python bench/eval_following.py [SHARED_DIR]

Imports each series of tests/fixtures/series (several meetings of one body, with gold
links) into a fresh SQLite database and prints, per series and overall, the precision and
recall of the links (which later meeting reported on which action, with what status) and
of the final statuses (done, open, dropped, not followed up). Then imports the dev set
(SHARED_DIR/data/minutes-dev, one body's notes), which has no gold links, and prints what
the following made of it.
"""

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SERIES = REPO / "tests" / "fixtures" / "series"
STATUSES = ("done", "open", "dropped", "lapsed")


def setup() -> None:
    home = Path(tempfile.mkdtemp(prefix="minutebook-follow-"))
    os.environ.update(MINUTEBOOK_HOME=str(home), DJANGO_SETTINGS_MODULE="minutebook.settings")
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def import_folder(folder: Path, slug: str):
    from django.core.management import call_command

    from minutebook.bodies.models import Body

    body = Body.objects.create(name=slug.replace("-", " ").title(), slug=slug)
    with open(os.devnull, "w") as quiet:
        try:
            call_command("import", str(folder), body=slug, stdout=quiet, stderr=quiet)
        except SystemExit:
            pass  # a document that needs a date is reported in the counts below
    return body


def find(body, raised: str, task: str):
    from minutebook.meetings.models import Action

    found = [a for a in Action.objects.filter(meeting__body=body, meeting__start__date=raised)
             if task.casefold() in a.text.casefold()]
    return found[0] if len(found) == 1 else None


def score_series(gold: dict) -> tuple[Counter, Counter]:
    from django.utils import timezone

    from minutebook.meetings.models import Action, ActionUpdate

    body = import_folder(SERIES / gold["folder"], gold["folder"])
    links = Counter()
    want = set()
    for link in gold["links"]:
        action = find(body, link["raised"], link["task"])
        want.add((action.pk if action else None, link["at"], link["status"]))
    made = {(u.action_id, timezone.localdate(u.meeting.start).isoformat(), u.status)
            for u in ActionUpdate.objects.filter(action__meeting__body=body, author=None,
                                                 meeting__isnull=False)
            .select_related("meeting")}
    links.update(gold=len(want), made=len(made), right=len(want & made))
    finals = Counter()
    named = {}
    for final in gold["final"]:
        action = find(body, final["raised"], final["task"])
        if action is not None:
            named[action.pk] = final["status"]
    for action in Action.objects.filter(meeting__body=body):
        truth = named.get(action.pk)
        if truth is None:
            continue
        finals[("gold", truth)] += 1
        finals[("made", action.status)] += 1
        if truth == action.status:
            finals[("right", truth)] += 1
    finals["extra_actions"] = Action.objects.filter(meeting__body=body).count() - gold["actions"]
    return links, finals


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "na"


def line(name: str, links: Counter, finals: Counter) -> str:
    per = " ".join(
        f"{s}_p={ratio(finals[('right', s)], finals[('made', s)])} "
        f"{s}_r={ratio(finals[('right', s)], finals[('gold', s)])}" for s in STATUSES)
    right = sum(finals[("right", s)] for s in STATUSES)
    total = sum(finals[("gold", s)] for s in STATUSES)
    return (f"follow-score set={name} link_p={ratio(links['right'], links['made'])} "
            f"link_r={ratio(links['right'], links['gold'])} final_acc={ratio(right, total)} "
            f"{per} extra_actions={finals['extra_actions']}")


def dev_summary(shared: Path) -> str:
    from minutebook.meetings.models import Action, ActionUpdate

    folder = shared / "data" / "minutes-dev" / "docs"
    if not folder.is_dir():
        return f"follow-dev skipped: {folder} not found"
    body = import_folder(folder, "dev-set")
    statuses = Counter(Action.objects.filter(meeting__body=body).values_list("status", flat=True))
    links = ActionUpdate.objects.filter(action__meeting__body=body, author=None).count()
    return ("follow-dev " + " ".join(f"{s}={statuses.get(s, 0)}" for s in STATUSES)
            + f" actions={sum(statuses.values())} links={links}")


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
    setup()
    total_links, total_finals = Counter(), Counter()
    for path in sorted(SERIES.glob("*.json")):
        links, finals = score_series(json.loads(path.read_text()))
        print(line(path.stem, links, finals))
        total_links.update(links)
        total_finals.update(finals)
    print(line("all", total_links, total_finals))
    print(dev_summary(shared))
    return 0


if __name__ == "__main__":
    sys.exit(main())
