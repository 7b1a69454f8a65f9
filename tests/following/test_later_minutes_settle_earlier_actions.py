"""After an archive import, each earlier action carries the status its later minutes report,
with a link to the meeting that said so; tasks nothing mentioned again are not followed up."""

import pytest
from django.utils import timezone

from minutebook.meetings.models import Action, ActionUpdate

from .conftest import gold, the_action


@pytest.mark.parametrize("series", ["brackwater", "linfold"])
def test_every_final_status_is_the_one_the_minutes_give(import_series, series):
    body, out = import_series(series)
    expected = gold(series)
    for want in expected["final"]:
        action = the_action(want["raised"], want["task"])
        assert action.status == want["status"], (want, action.text)
    assert Action.objects.filter(meeting__body=body).count() == expected["actions"]
    assert "Actions followed through later minutes" in out


@pytest.mark.parametrize("series", ["brackwater", "linfold"])
def test_each_report_is_a_line_of_history_at_the_meeting_that_made_it(import_series, series):
    import_series(series)
    expected = gold(series)
    for link in expected["links"]:
        action = the_action(link["raised"], link["task"])
        update = ActionUpdate.objects.get(action=action, meeting__start__date=link["at"])
        assert update.status == link["status"] and update.note
    assert ActionUpdate.objects.count() == len(expected["links"])


def test_a_closed_action_names_the_meeting_that_closed_it(import_series):
    import_series("brackwater")
    stile = the_action("2024-01-10", "Mill Lane stile")
    assert timezone.localdate(stile.closed_at.start).isoformat() == "2024-04-10"
    assert the_action("2024-01-10", "Christmas").closed_at is None
