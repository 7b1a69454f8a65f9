"""Who meets: areas, schools, people, the bodies they sit on and their memberships."""

import re
import secrets
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone


class Phase(models.TextChoices):
    PRIMARY = "primary", "Primary"
    SECONDARY = "secondary", "Secondary"
    SPECIAL = "special", "Special"


class Area(models.Model):
    """A district, or a sub-area within one ("Dover, Deal and Sandwich" within Dover)."""

    name = models.CharField(max_length=200, unique=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def with_descendants(self) -> set[int]:
        ids, frontier = {self.pk}, [self.pk]
        while frontier:
            frontier = list(
                Area.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
            )
            ids.update(frontier)
        return ids


class School(models.Model):
    name = models.CharField(max_length=200)
    phase = models.CharField(max_length=20, choices=Phase.choices)
    area = models.ForeignKey(
        Area, null=True, blank=True, on_delete=models.SET_NULL, related_name="schools"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


def initials_of(given_name: str, family_name: str) -> str:
    """'Alan Barham' gives 'AB'; 'Mary-Jane van Dijk' gives 'MVD'. No given name, no initials."""
    if not given_name.strip():
        return ""
    words = re.split(r"[\s\-]+", f"{given_name.split()[0]} {family_name}".strip())
    return "".join(w[0].upper() for w in words if w and w[0].isalpha())


TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr", "councillor",
          "rev", "revd", "sir", "dame", "lord", "lady"}


def split_name(name: str) -> tuple[str, str, str]:
    """'Dr Jane Smith' -> ('Dr', 'Jane', 'Smith'); 'Mrs Whittle' -> ('Mrs', '', 'Whittle')."""
    words = name.replace(".", " ").split()
    title = ""
    if len(words) > 1 and words[0].lower() in TITLES:
        title, words = words[0], words[1:]
    if not words:
        return title, "", ""
    if len(words) == 1:
        return title, "", words[0]
    return title, " ".join(words[:-1]), words[-1]


def new_token() -> str:
    return secrets.token_urlsafe(32)


class PersonQuerySet(models.QuerySet):
    def with_initials(self, initials: str):
        return self.filter(initials=initials.upper())

    def named(self, name: str):
        """People a written name can mean: full name, or title and family name."""
        title, given, family = split_name(name)
        qs = self.filter(family_name__iexact=family)
        if given:
            first = given.split()[0]
            return qs.filter(given_name__iexact=given) | qs.filter(given_name__iexact=first)
        if title:
            return qs.filter(title__iexact=title)
        return qs.none()

    def named_many(self, names) -> dict[str, list]:
        """named() for many names in one query, as {name: the people it can mean}."""
        parts = {name: split_name(name) for name in names}
        families = {family.lower() for _, _, family in parts.values() if family}
        by_family: dict[str, list] = {}
        if families:
            anyone = Q()
            for family in families:
                anyone |= Q(family_name__iexact=family)
            for person in self.filter(anyone):
                by_family.setdefault(person.family_name.lower(), []).append(person)
        found = {}
        for name, (title, given, family) in parts.items():
            candidates = by_family.get(family.lower(), []) if family else []
            if given:
                wanted = {given.lower(), given.split()[0].lower()}
                found[name] = [p for p in candidates if p.given_name.lower() in wanted]
            elif title:
                found[name] = [p for p in candidates if p.title.lower() == title.lower()]
            else:
                found[name] = []
        return found


class Person(models.Model):
    title = models.CharField(max_length=30, blank=True)
    given_name = models.CharField(max_length=100, blank=True)
    family_name = models.CharField(max_length=100)
    initials = models.CharField(max_length=10, blank=True, db_index=True)
    email = models.EmailField(blank=True)
    school = models.ForeignKey(
        School, null=True, blank=True, on_delete=models.SET_NULL, related_name="staff"
    )
    job_title = models.CharField(max_length=200, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    # The secret in this person's calendar feed address: calendar applications cannot log in.
    calendar_token = models.CharField(max_length=43, default=new_token, unique=True,
                                      editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["family_name", "given_name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        if not self.initials:
            self.initials = initials_of(self.given_name, self.family_name)
        super().save(*args, **kwargs)

    @property
    def full_name(self) -> str:
        if self.given_name:
            return f"{self.given_name} {self.family_name}".strip()
        # Minutes often name people by title only ("Mrs Whittle"); keep that form.
        return f"{self.title} {self.family_name}".strip()

    def get_absolute_url(self):
        return reverse("person", args=[self.pk])


class BodyKind(models.TextChoices):
    FORUM = "forum", "Forum"
    EXECUTIVE = "executive", "Executive"
    BOARD = "board", "Board"
    COMMITTEE = "committee", "Committee"
    WORKING_GROUP = "working_group", "Working group"


class Body(models.Model):
    """A forum, executive, board, committee or working group that meets."""

    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=BodyKind.choices, default=BodyKind.FORUM)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="sub_bodies"
    )
    description = models.TextField(blank=True)
    is_public = models.BooleanField(
        default=True, help_text="Approved minutes are published to everyone."
    )
    required_areas = models.ManyToManyField(
        Area, blank=True, related_name="bodies_covering",
        help_text="Areas the membership must represent.",
    )
    required_phases = models.JSONField(
        default=list, blank=True, help_text="School phases the membership must represent."
    )
    # Meeting cycle: full meetings every N weeks, the executive about two weeks before.
    meetings_per_year = models.PositiveSmallIntegerField(default=6)
    executive_lead_days = models.PositiveSmallIntegerField(
        default=14, help_text="How long before each full meeting its executive meets."
    )
    usual_venue = models.CharField(max_length=300, blank=True)
    reminder_days = models.PositiveSmallIntegerField(
        default=7, help_text="Days before a meeting that action owners are reminded."
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "bodies"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("body", args=[self.slug])

    def area_coverage(self, on: date | None = None) -> list[tuple[Area, list["Person"]]]:
        """Each required area with the current members representing it or a sub-area of it
        (a member's own area, else their school's)."""
        members = Membership.objects.filter(body=self).current(on).select_related(
            "area__parent", "person__school__area__parent"
        )
        covering: dict[int, list[Person]] = {}
        for m in members:
            area = m.area or (m.person.school.area if m.person.school_id else None)
            while area is not None:
                covering.setdefault(area.pk, []).append(m.person)
                area = area.parent
        return [(a, covering.get(a.pk, [])) for a in self.required_areas.all()]

    def phase_coverage(self, on: date | None = None) -> list[tuple[str, list["Person"]]]:
        members = Membership.objects.filter(body=self).current(on).select_related("person__school")
        covering: dict[str, list[Person]] = {}
        for m in members:
            phase = m.phase or (m.person.school.phase if m.person.school_id else "")
            if phase:
                covering.setdefault(phase, []).append(m.person)
        return [(Phase(p).label if p in Phase.values else p, covering.get(p, []))
                for p in self.required_phases]

    def uncovered_areas(self, on: date | None = None) -> list[Area]:
        """Required areas with no current member representing them (or a sub-area of them)."""
        return [area for area, people in self.area_coverage(on) if not people]

    def uncovered_phases(self, on: date | None = None) -> list[str]:
        return [p for p, (_, people) in zip(self.required_phases, self.phase_coverage(on),
                                             strict=True) if not people]


class StandingItem(models.Model):
    """The body's forward plan: items every agenda carries, in order."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="standing_items")
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, default="standing")
    order = models.PositiveIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["body", "order", "pk"]

    def __str__(self):
        return self.title


class Role(models.TextChoices):
    CHAIR = "chair", "Chair"
    VICE_CHAIR = "vice_chair", "Vice-chair"
    MEMBER = "member", "Member"
    OFFICER = "officer", "Officer"
    CLERK = "clerk", "Clerk"
    OBSERVER = "observer", "Observer"


class MembershipQuerySet(models.QuerySet):
    def current(self, on: date | None = None):
        on = on or timezone.localdate()
        return self.filter(Q(start__isnull=True) | Q(start__lte=on)).filter(
            Q(end__isnull=True) | Q(end__gte=on)
        )

    def clerks(self):
        return self.filter(role=Role.CLERK)


class Membership(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    area = models.ForeignKey(
        Area, null=True, blank=True, on_delete=models.SET_NULL, related_name="memberships",
        help_text="The area this member represents.",
    )
    phase = models.CharField(
        max_length=20, choices=Phase.choices, blank=True,
        help_text="The school phase this member represents.",
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["body", "role", "person"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=models.F("start")),
                name="membership_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return f"{self.person} – {self.get_role_display()} of {self.body}"
