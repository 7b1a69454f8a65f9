"""Across every written series, following never links a report to the wrong action (a wrong
link would close live work), and most of the true links are found."""

import pytest
from django.utils import timezone

from minutebook.meetings.models import ActionUpdate

from .conftest import SERIES, gold, the_action

NAMES = sorted(p.stem for p in SERIES.glob("*.json"))


@pytest.mark.parametrize("series", NAMES)
def test_every_link_made_is_a_true_one(import_series, series):
    import_series(series)
    expected = gold(series)
    true = {(the_action(link["raised"], link["task"]).pk, link["at"], link["status"])
            for link in expected["links"]}
    made = {(u.action_id, timezone.localdate(u.meeting.start).isoformat(), u.status)
            for u in ActionUpdate.objects.select_related("meeting")}
    assert made <= true
    assert len(made) >= 0.5 * len(true)
