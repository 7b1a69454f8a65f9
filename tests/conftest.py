import os
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import settings as hypothesis_settings

from minutebook.bodies.models import Area, Body, Membership, Person, Role
from minutebook.meetings.models import Meeting

# The test gate replays the same examples every run, so a red run is never luck;
# `make fuzz` sets FUZZ_EXAMPLES and explores afresh each time.
hypothesis_settings.register_profile("gate", derandomize=True, database=None)
hypothesis_settings.register_profile("explore")
hypothesis_settings.load_profile("explore" if os.environ.get("FUZZ_EXAMPLES") else "gate")


@pytest.fixture(autouse=True)
def _no_pages_kept_between_tests(request, monkeypatch, settings):
    from minutebook.pagecache import models, writes

    # The generation this process trusts may be one a rolled-back test made.
    models.forget()
    # In memory, fresh for each test: each test rolls the database back, so a page kept by
    # one test could match the next, and parallel test processes must not share files.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": request.node.nodeid}}
    # A test's transaction never commits, so nothing waiting for a commit would ever run:
    # writes start a new generation at once instead (tests/pagecache checks the real way).
    marker = request.node.get_closest_marker("django_db")
    commits = "transactional_db" in request.fixturenames or (
        marker is not None and marker.kwargs.get("transaction"))
    if not commits:
        monkeypatch.setattr(writes, "in_transaction", lambda connection: False)


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Real hashing costs a third of a second a login; tests need none of its strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


_demo_rows: list | None = None


def demo_models():
    from django.apps import apps

    labels = ["auth", "accounts", "bodies", "meetings", "consultations", "documents", "audit",
              "search"]
    # Auto-created models are the many-to-many tables; permissions come with the database.
    return [m for label in labels
            for m in apps.get_app_config(label).get_models(include_auto_created=True)
            if m._meta.label != "auth.Permission" and m._meta.managed and not m._meta.proxy]


@pytest.fixture
def demo(db):
    """The demo workspace. Built once per run, then copied in table by table for each test:
    building it afresh (signals, search index, audit) costs seconds a test."""
    from django.core.management.color import no_style
    from django.db import connection, transaction

    from minutebook.demo import workspace
    from minutebook.pagecache.writes import one_generation_for_all

    global _demo_rows
    if _demo_rows is None:
        with transaction.atomic():
            workspace.load()
            _demo_rows = [(m, list(m._base_manager.order_by("pk"))) for m in demo_models()]
            transaction.set_rollback(True)
    with one_generation_for_all():
        for model, rows in _demo_rows:
            # A raw insert, as loading a fixture does: no signals, and timestamps kept as
            # they were (bulk_create would set auto_now fields afresh). Constraints are
            # checked at commit, so the order of the tables does not matter.
            fields = model._meta.local_concrete_fields
            size = max(connection.ops.bulk_batch_size(fields, rows), 1)
            for start in range(0, len(rows), size):
                model._base_manager._insert(rows[start:start + size], fields=fields, raw=True)
    with connection.cursor() as cursor:  # PostgreSQL's id counters must pass the copied ids
        for sql in connection.ops.sequence_reset_sql(no_style(), demo_models()):
            cursor.execute(sql)
    return Body.objects.get(slug=workspace.FORUM_SLUG)


@pytest.fixture
def forum(db):
    return Body.objects.create(name="Test Forum", slug="test-forum")


@pytest.fixture
def person_factory(db):
    def make(given, family, body=None, role=Role.MEMBER, user=None, area=None):
        person = Person.objects.create(given_name=given, family_name=family, user=user)
        if body is not None:
            Membership.objects.create(person=person, body=body, role=role, area=area)
        return person

    return make


@pytest.fixture
def meeting_factory(db):
    def make(body, days_from_now=-7, **fields):
        return Meeting.objects.create(
            body=body, start=timezone.now() + timedelta(days=days_from_now), **fields
        )

    return make


@pytest.fixture
def area(db):
    return Area.objects.create(name="Ashcombe")
