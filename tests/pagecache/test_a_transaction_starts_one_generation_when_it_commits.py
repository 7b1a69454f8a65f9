import pytest
from django.db import connection, transaction

from minutebook.bodies.models import Body
from minutebook.pagecache import writes
from minutebook.pagecache.models import current

pytestmark = pytest.mark.django_db(transaction=True)


def test_writes_inside_a_transaction_change_nothing_until_it_commits(monkeypatch):
    advances = []
    real = writes.advance
    monkeypatch.setattr(writes, "advance", lambda: advances.append(1) or real())
    before = current()
    with transaction.atomic():
        Body.objects.create(name="Finance Group", slug="finance-group")
        Body.objects.filter(slug="finance-group").update(name="Finance and Estates Group")
        assert current() == before
    assert current() != before
    assert len(advances) == 1  # once for the transaction, not once a statement


def test_a_rolled_back_transaction_changes_nothing_and_the_next_one_still_counts():
    before = current()
    with pytest.raises(RuntimeError), transaction.atomic():
        Body.objects.create(name="Finance Group", slug="finance-group")
        raise RuntimeError("the clerk's form failed")
    assert current() == before
    with transaction.atomic():
        Body.objects.create(name="Estates Group", slug="estates-group")
    assert current() != before


def test_a_write_outside_any_transaction_counts_at_once():
    before = current()
    Body.objects.create(name="Finance Group", slug="finance-group")
    assert current() != before


def test_raw_sql_counts_too():
    Body.objects.create(name="Finance Group", slug="finance-group")
    before = current()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE bodies_body SET is_public = %s WHERE slug = %s",
                       [False, "finance-group"])
    assert current() != before


def test_sessions_and_reads_do_not_count(client):
    Body.objects.create(name="Finance Group", slug="finance-group")
    before = current()
    list(Body.objects.all())
    client.get("/")  # may save a session
    client.post("/accounts/login/", {"username": "nobody", "password": "wrong"})
    assert current() == before


def test_a_failure_to_start_a_generation_does_not_fail_the_write(monkeypatch, caplog):
    from django.db import OperationalError

    def locked():
        raise OperationalError("database is locked")

    monkeypatch.setattr(writes, "advance", locked)
    Body.objects.create(name="Finance Group", slug="finance-group")
    assert Body.objects.filter(slug="finance-group").exists()
    assert "could not start a new page generation" in caplog.text
