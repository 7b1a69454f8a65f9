"""Across every written series (four of them written blind, by someone who had not seen the
rules), following links few reports to the wrong action (a wrong link closes live work) and
finds most of the true links."""

from django.utils import timezone

from minutebook.meetings.models import ActionUpdate

from .conftest import SERIES, gold, the_action

NAMES = sorted(p.stem for p in SERIES.glob("*.json"))


def test_links_across_all_series_are_nearly_all_true_and_most_are_found(import_series):
    true, made = set(), set()
    for series in NAMES:
        body, _ = import_series(series)
        for link in gold(series)["links"]:
            action = the_action(link["raised"], link["task"], body)
            true.add((action.pk, link["at"], link["status"]))
        made |= {(u.action_id, timezone.localdate(u.meeting.start).isoformat(), u.status)
                 for u in ActionUpdate.objects.filter(action__meeting__body=body)
                 .select_related("meeting")}
    assert len(NAMES) >= 8
    assert len(made & true) / len(made) >= 0.95
    assert len(made & true) / len(true) >= 0.8
