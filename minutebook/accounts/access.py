"""Who may see and change what. Every page, export, feed, search, report and API asks here.

Rules:
- an admin (superuser) sees and edits everything;
- a clerk of a body edits it and sees all its minutes, drafts and confidential entries included;
- a member (any other current role) sees their bodies' circulated and approved minutes,
  confidential entries included;
- everyone else sees approved minutes of public bodies, never anything confidential.

"Confidential" means confidential in effect: a row's `sealed` flag, which holds when the row
or any item above it is marked so (meetings.sealing keeps it). The one rule is `readable`;
every queryset below applies it through the paths its model needs.
"""

from functools import cached_property

from django.db.models import Q

from minutebook.bodies.models import Body, Membership, Role
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

    def can_read_originals(self, body, in_a_meeting: bool = True) -> bool:
        """The files a clerk imported, as they came: they may hold confidential parts. One
        not yet part of a meeting (awaiting review) is the clerk's alone."""
        return self.can_edit(body) or in_a_meeting and self.can_see_confidential(body)

    def can_see_body(self, body) -> bool:
        return body.is_public or self.is_member(body)

    def body_to_edit(self, slug):
        """The body this viewer clerks; 404 for a body they may not even see, as for an
        unknown slug, so that a private body's name is not confirmed; 403 otherwise."""
        from django.core.exceptions import PermissionDenied
        from django.shortcuts import get_object_or_404

        body = get_object_or_404(self.bodies(Body.objects.all()), slug=slug)
        if not self.can_edit(body):
            raise PermissionDenied
        return body

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

    def readable(self, body: str, status: str, sealed: str | None = None,
                 undated: str | None = None) -> Q:
        """The one rule, on a row's paths to its body, its minutes' status and its `sealed`
        flag. `undated` names a meeting that may be absent: such rows are members' only."""
        if self.is_admin:
            return Q()
        member_sees = Q(**{f"{status}__in": MEMBER_VISIBLE})
        if undated:
            member_sees |= Q(**{f"{undated}__isnull": True})
        public = Q(**{f"{body}__is_public": True, status: MinutesStatus.APPROVED})
        if sealed:
            public &= Q(**{sealed: False})
        return (
            Q(**{f"{body}__in": self.clerk_body_ids})
            | (Q(**{f"{body}__in": self.member_body_ids}) & member_sees)
            | public
        )

    def minutes(self, meeting_qs):
        """Meetings whose minutes the viewer may read."""
        return meeting_qs.filter(self.readable("body", "minutes_status"))

    def items(self, qs):
        """Agenda items whose titles and entries the viewer may read."""
        return qs.filter(self.readable("meeting__body", "meeting__minutes_status", "sealed"))

    def entries(self, qs):
        return qs.filter(self.readable("item__meeting__body", "item__meeting__minutes_status",
                                       "sealed"))

    def actions(self, qs):
        return qs.filter(self.readable("meeting__body", "meeting__minutes_status", "sealed"))

    def decisions(self, qs):
        return qs.filter(self.readable("meeting__body", "meeting__minutes_status", "sealed"))

    def consultations(self, qs):
        """Consultations a viewer reads: those of the bodies they belong to."""
        if self.is_admin:
            return qs
        from minutebook.consultations.models import Consultation

        return qs.filter(pk__in=Consultation.objects.filter(
            bodies__in=self.member_body_ids).values("pk"))

    def points(self, qs):
        """Consultation points: of a consultation the viewer reads and, when taken from
        minutes, only where the viewer may read that entry. A point the clerk marked
        confidential, or kept from a deleted confidential entry, is for the responding
        body's members."""
        from minutebook.consultations.models import Consultation

        qs = qs.filter(response__consultation__in=self.consultations(Consultation.objects.all()))
        if self.is_admin:
            return qs
        from_entry = Q(entry__isnull=False) & self.readable(
            "entry__item__meeting__body", "entry__item__meeting__minutes_status", "entry__sealed")
        own = Q(response__body__in=self.member_body_ids)
        return qs.filter(from_entry | Q(entry__isnull=True, confidential=False)
                         | Q(entry__isnull=True) & own)


def viewer(request) -> Viewer:
    """One Viewer per request, so membership look-ups happen once."""
    if not hasattr(request, "_viewer"):
        request._viewer = Viewer(request.user)
    return request._viewer
