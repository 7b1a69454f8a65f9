import json
from pathlib import Path

import pytest
from django.core.management import call_command

from minutebook.bodies.models import Body
from minutebook.meetings.models import Action

SERIES = Path(__file__).parent.parent / "fixtures" / "series"


def gold(name: str) -> dict:
    return json.loads((SERIES / f"{name}.json").read_text())


def the_action(raised: str, task: str) -> Action:
    found = [a for a in Action.objects.filter(meeting__start__date=raised)
             if task.casefold() in a.text.casefold()]
    assert len(found) == 1, (raised, task, [a.text for a in found])
    return found[0]


@pytest.fixture
def import_series(db, capsys):
    def run(name: str, body: Body | None = None) -> tuple[Body, str]:
        body = body or Body.objects.get_or_create(slug=name, defaults={"name": name.title()})[0]
        call_command("import", str(SERIES / gold(name)["folder"]), body=body.slug)
        return body, capsys.readouterr().out

    return run
