import contextvars
import time
import uuid
from dataclasses import dataclass, field

from django.db import IntegrityError, connection, models, transaction

ROW = 1
# How long a process trusts the generations it last read before asking the database again.
# Writes this process makes are known at once; writes elsewhere (other processes, other
# servers, commands) within this long. A kept page then costs no query at all.
TRUST_SECONDS = 0.2
# A scope whose rows were never written since the table was made: no token yet.
UNWRITTEN = ("", "")
# What of a body a page shows: its actions (tracker, dashboard), or its minutes (meeting
# pages, search). A write counts for the facets its tables hold.
ACTIONS, MINUTES = "actions", "minutes"
FACETS = (ACTIONS, MINUTES)


def scope(body_id: int, facet: str) -> str:
    return f"{int(body_id)}:{facet}"

# Whether the request running in this context has started a new generation.
advanced_here = contextvars.ContextVar("pagecache_advanced_here", default=False)


def fresh_token() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Snapshot:
    """The generations as read at one moment: the global one, and each scope's (a body's
    facet, scope()) (token, sealed) pair."""

    token: str
    scopes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def of(self, key: str) -> tuple[str, str]:
        return self.scopes.get(key, UNWRITTEN)


_known: tuple[Snapshot, float] | None = None  # (snapshot, when it was read), for all threads


class Generation(models.Model):
    """One row, whose token is replaced after every write that is not a body's own: people,
    bodies, memberships, accounts, consultations, imports, restores, commands.

    A random token rather than a counter: restoring a backup or rolling back a transaction
    could bring a counter back to a number whose pages are still cached.
    """

    token = models.CharField(max_length=32, default=fresh_token)

    class Meta:
        db_table = "pagecache_generation"


class BodyGeneration(models.Model):
    """The generation of one facet of a body (`scope`: "12:actions"), replaced after a write
    to it made by someone shown to edit that body. `token` changes on every such write; `sealed`
    only on one that may withdraw something from a reader (any write not declared to add or
    reword only): a kept page whose `sealed` still matches may be served for a few more
    seconds while it is built again, one whose `sealed` changed never."""

    scope = models.CharField(max_length=40, primary_key=True)
    token = models.CharField(max_length=32, default="")
    sealed = models.CharField(max_length=32, default="")

    class Meta:
        db_table = "pagecache_bodygeneration"


class Rebuild(models.Model):
    """A stale page one worker is building again, on whichever server: the others serve the
    previous copy meanwhile. The claim lapses at `until` (seconds since the epoch), so a
    worker that dies holding it stops no one for long."""

    key = models.CharField(max_length=64, primary_key=True)
    until = models.FloatField()

    class Meta:
        db_table = "pagecache_rebuild"


def snapshot(fresh: bool = False) -> Snapshot:
    """The generations, as read at most TRUST_SECONDS ago unless `fresh` asks the database."""
    global _known
    asked = time.monotonic()
    known = _known
    if known is not None and not fresh and asked - known[1] < TRUST_SECONDS:
        return known[0]
    # Plain SQL, one statement: building ORM queries would cost more than serving the page.
    with connection.cursor() as cursor:
        cursor.execute("SELECT '', token, '' FROM pagecache_generation WHERE id = %s "
                       "UNION ALL SELECT scope, token, sealed FROM pagecache_bodygeneration",
                       [ROW])
        rows = cursor.fetchall()
    glob = [token for key, token, _ in rows if not key]
    if not glob:
        advance()
        return snapshot(fresh=True)
    found = Snapshot(glob[0], {key: (token, sealed) for key, token, sealed in rows if key})
    _known = (found, asked)
    return found


def current(fresh: bool = False) -> str:
    """The global generation."""
    return snapshot(fresh).token


def advance(scopes=None, withdrawing: bool = True) -> str:
    """A new generation: for these scopes' pages, or (None) for every page kept so far."""
    global _known
    token = fresh_token()
    if scopes is None:
        if not Generation.objects.filter(pk=ROW).update(token=token):
            Generation.objects.update_or_create(pk=ROW, defaults={"token": token})
    else:
        advance_scopes(set(scopes), token, withdrawing)
    # The next read asks the database: until this commits, this process's other threads
    # must not keep pages of the old rows under the new token.
    _known = None
    advanced_here.set(True)
    return token


def advance_scopes(scopes: set[str], token: str, withdrawing: bool) -> None:
    changes = {"token": token, "sealed": token} if withdrawing else {"token": token}
    rows = BodyGeneration.objects.filter(pk__in=scopes)
    if rows.update(**changes) == len(scopes):
        return
    missing = scopes - set(rows.values_list("pk", flat=True))
    try:
        with transaction.atomic():
            BodyGeneration.objects.bulk_create([
                BodyGeneration(scope=key, token=token, sealed=changes.get("sealed", ""))
                for key in missing])
    except IntegrityError:  # another process made the row meanwhile
        rows.update(**changes)


def forget() -> None:
    """Ask the database next time (each test, whose rolled-back writes it may have seen)."""
    global _known
    _known = None
