import contextvars
import time
import uuid

from django.db import connection, models

ROW = 1
# How long a process trusts the generation it last read before asking the database again.
# Writes this process makes are known at once; writes elsewhere (other processes, other
# servers, commands) within this long. A kept page then costs no query at all.
TRUST_SECONDS = 0.2

_known: tuple[str, float] | None = None  # (token, when it was read), shared by the threads
# Whether the request running in this context has started a new generation.
advanced_here = contextvars.ContextVar("pagecache_advanced_here", default=False)


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


def current(fresh: bool = False) -> str:
    """The generation, as read at most TRUST_SECONDS ago unless `fresh` asks the database."""
    global _known
    asked = time.monotonic()
    known = _known
    if known is not None and not fresh and asked - known[1] < TRUST_SECONDS:
        return known[0]
    # Plain SQL: building the ORM query would cost more than the rest of serving the page.
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM pagecache_generation WHERE id = %s", [ROW])
        found = cursor.fetchone()
    if found is None:
        return advance()
    _known = (found[0], asked)
    return found[0]


def advance() -> str:
    """A new generation: every page cached so far is stale."""
    global _known
    token = fresh_token()
    if not Generation.objects.filter(pk=ROW).update(token=token):
        Generation.objects.update_or_create(pk=ROW, defaults={"token": token})
    # Trusted at once only once committed: until then this process's other threads would
    # build pages of the old rows and keep them under the new token.
    committed = connection.get_autocommit() and not connection.in_atomic_block
    _known = (token, time.monotonic()) if committed else None
    advanced_here.set(True)
    return token


def forget() -> None:
    """Ask the database next time (each test, whose rolled-back writes it may have seen)."""
    global _known
    _known = None
