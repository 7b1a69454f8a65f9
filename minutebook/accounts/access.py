"""Who may see and change what. Every page, export, feed and API asks here.

Rules:
- an admin (superuser) sees and edits everything;
- a clerk of a body edits it and sees all its minutes, drafts and confidential entries included;
- a member (any other current role) sees their bodies' circulated and approved minutes,
  confidential entries included;
- everyone else sees approved minutes of public bodies, never confidential entries.
"""

from functools import cached_property

from django.db.models import Q

from minutebook.bodies.models import Membership, Role
from minutebook.meetings.models import MinutesStatus

MEMBER_VISIBLE = [MinutesStatus.CIRCULATED, MinutesStatus.APPROVED]


class Viewer:
    def __init__(self, user):
        self.user = user

    @cached_property
    def is_admin(self) -> bool:
        return bool(self.user and self.user.is_active and self.user.is_superuser)

    @cached_property
    def person(self):
        if not (self.user and self.user.is_authenticated):
            return None
        return getattr(self.user, "person", None)

    @cached_property
    def _memberships(self) -> list[tuple[int, str]]:
        if self.person is None:
            return []
        # No ordering: it would join bodies and people only to sort a set.
        return list(Membership.objects.filter(person=self.person).current()
                    .order_by().values_list("body_id", "role"))

    @cached_property
    def clerk_body_ids(self) -> set[int]:
        return {b for b, role in self._memberships if role == Role.CLERK}

    @cached_property
    def member_body_ids(self) -> set[int]:
        return {b for b, _ in self._memberships}

    def can_edit(self, body) -> bool:
        return self.is_admin or body.pk in self.clerk_body_ids

    def is_member(self, body) -> bool:
        return self.is_admin or body.pk in self.member_body_ids

    def can_see_confidential(self, body) -> bool:
        return self.is_member(body)

    def can_see_body(self, body) -> bool:
        return body.is_public or self.is_member(body)

    def can_see_minutes(self, meeting) -> bool:
        if self.can_edit(meeting.body):
            return True
        if self.is_member(meeting.body):
            return meeting.minutes_status in MEMBER_VISIBLE
        return meeting.body.is_public and meeting.minutes_status == MinutesStatus.APPROVED

    # Querysets, so that lists never load what the viewer may not see.

    def bodies(self, qs):
        if self.is_admin:
            return qs
        return qs.filter(Q(is_public=True) | Q(pk__in=self.member_body_ids))

    def meetings(self, qs):
        """Meetings whose existence (date, venue) the viewer may see."""
        if self.is_admin:
            return qs
        return qs.filter(Q(body__is_public=True) | Q(body__in=self.member_body_ids))

    def _minutes_q(self, prefix: str) -> Q:
        if self.is_admin:
            return Q()
        status = f"{prefix}minutes_status"
        body = f"{prefix}body"
        return (
            Q(**{f"{body}__in": self.clerk_body_ids})
            | Q(**{f"{body}__in": self.member_body_ids, f"{status}__in": MEMBER_VISIBLE})
            | Q(**{f"{body}__is_public": True, status: MinutesStatus.APPROVED})
        )

    def minutes(self, meeting_qs):
        """Meetings whose minutes the viewer may read."""
        return meeting_qs.filter(self._minutes_q(""))

    def actions(self, qs):
        qs = qs.filter(self._minutes_q("meeting__"))
        if not self.is_admin:
            qs = qs.filter(Q(confidential=False) | Q(meeting__body__in=self.member_body_ids))
        return qs

    def decisions(self, qs):
        return self.actions(qs)

    def entries(self, qs):
        qs = qs.filter(self._minutes_q("item__meeting__"))
        if not self.is_admin:
            qs = qs.filter(
                Q(confidential=False, item__confidential=False)
                | Q(item__meeting__body__in=self.member_body_ids)
            )
        return qs


def viewer(request) -> Viewer:
    """One Viewer per request, so membership look-ups happen once."""
    if not hasattr(request, "_viewer"):
        request._viewer = Viewer(request.user)
    return request._viewer
