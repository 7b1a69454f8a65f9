"""The public's tracker pages of two bodies, and a clerk's update of one action."""

import re

from minutebook.bodies.models import Body
from minutebook.meetings.models import Action

OTHER_BODY = "harrowvale-primary-executive"


def public_action(body) -> Action:
    """An open action of `body` the public may read."""
    return Action.objects.filter(meeting__body=body, meeting__minutes_status="approved",
                                 sealed=False, status="open").first()


def tracker(body) -> str:
    slug = body.slug if isinstance(body, Body) else body
    return f"/actions/?body={slug}&status=all"


def status_shown(html: str, action) -> str:
    """The status the public's row of this action shows."""
    row = re.search(rf'<tr id="action-{action.pk}">.*?</tr>', html, re.S).group(0)
    return re.search(r'<span class="badge">(\w+)</span></td>\s*</tr>', row).group(1)


def mark_done(clerk, action, note="Sent on."):
    action.refresh_from_db()
    response = clerk.post(f"/actions/{action.pk}/update/", {
        "status": "done", "note": note, "version": action.version}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    return response
