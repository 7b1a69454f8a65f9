import uuid

from django.db import connection, models

ROW = 1


def fresh_token() -> str:
    return uuid.uuid4().hex


class Generation(models.Model):
    """One row, whose token is replaced after every write to the database.

    A random token rather than a counter: restoring a backup or rolling back a transaction
    could bring a counter back to a number whose pages are still cached.
    """

    token = models.CharField(max_length=32, default=fresh_token)

    class Meta:
        db_table = "pagecache_generation"


def current() -> str:
    # Asked on every kept page: plain SQL, because building the ORM query costs more than
    # the rest of serving the page.
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM pagecache_generation WHERE id = %s", [ROW])
        found = cursor.fetchone()
    return found[0] if found else advance()


def advance() -> str:
    """A new generation: every page cached so far is stale."""
    token = fresh_token()
    if not Generation.objects.filter(pk=ROW).update(token=token):
        Generation.objects.update_or_create(pk=ROW, defaults={"token": token})
    return token
