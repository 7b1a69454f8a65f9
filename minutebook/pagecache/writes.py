"""Any write to the database starts a new generation, once it has committed: the generation
of the bodies it was made for where that is known, else the global one.

Writes are seen where they happen, in the SQL each connection sends, so that bulk updates,
raw SQL, data migrations and management commands count as much as a model's save().

Which bodies: a request that has shown its user may edit a body (writes_to(), called where
that check is made) has its writes to that body's tables (meetings and what hangs from
them) counted for that body alone. Any other write, and any write to another table (people,
bodies, memberships, accounts, consultations), is counted for every page. Whether a write
may withdraw something: every write may, unless made inside adding_or_rewording_only() and
not a deletion and not one that changed what is confidential (sealing says so).
"""

import contextlib
import contextvars
import logging
import re
from dataclasses import dataclass, field

from django.db import DatabaseError, connection, transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_migrate

from minutebook.pagecache.models import ACTIONS, FACETS, MINUTES, advance, scope

log = logging.getLogger(__name__)

WRITE = re.compile(
    r'\s*(INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"?(\w+)',
    re.IGNORECASE)
# Tables no kept page shows: log-in counts, job progress, token use, the reminders log, the
# admin's log, the audit trail and this app's own rows.
IGNORED = {"accounts_loginfailure", "consultations_themejob", "api_apitoken",
           "meetings_remindersent", "django_admin_log", "audit_change", "pagecache_generation",
           "pagecache_bodygeneration", "pagecache_rebuild"}
# Tables whose rows each belong to one body's meetings, and the facets of it they show.
BOTH = frozenset(FACETS)
BODY_TABLES = {
    "meetings_meeting": BOTH, "meetings_action": BOTH, "meetings_action_owners": BOTH,
    "meetings_actionupdate": frozenset({ACTIONS}),
    **{table: frozenset({MINUTES}) for table in (
        "meetings_attendance", "meetings_agendaitem", "meetings_minuteentry",
        "meetings_minuteentry_speakers", "meetings_decision", "meetings_minutesapproval",
        "meetings_amendment", "meetings_agendarequest", "search_searchdocument")},
}
# Sessions are written on every sign-in and often besides; only a session that ends counts,
# because kept pages are found by the browser's session cookie alone.
SESSIONS = "django_session"

# The bodies the running request has been shown to edit (set per request by the middleware).
claimed = contextvars.ContextVar("pagecache_claimed", default=frozenset())
# Set while a write only adds or rewords what the same readers could already read: the
# facets it changes (empty: those of the tables it writes).
rewording = contextvars.ContextVar("pagecache_rewording", default=None)
# Set while many rows go in at once (migrations, a backup, a test's fixture): one new
# generation afterwards stands for them all.
quiet = contextvars.ContextVar("pagecache_quiet", default=False)


def writes_to(*body_ids) -> None:
    """The running request edits these bodies (its user may: the caller has checked)."""
    claimed.set(claimed.get() | {int(b) for b in body_ids})


@contextlib.contextmanager
def adding_or_rewording_only(*facets):
    """Writes inside withdraw nothing any reader could read before (a status, a note, an
    entry's words): kept pages may be served a few seconds longer while rebuilt. `facets`,
    when given, are all that they change (a tracker update changes no minutes)."""
    token = rewording.set(frozenset(facets))
    try:
        yield
    finally:
        rewording.reset(token)


@dataclass
class Pending:
    """What a transaction's writes stale, gathered until it commits."""

    everything: bool = False
    withdrawn: set = field(default_factory=set)  # scopes a write may withdraw from
    reworded: set = field(default_factory=set)  # scopes only added to or reworded

    def add(self, table: str | None, deleting: bool = False) -> None:
        bodies, declared = claimed.get(), rewording.get()
        if not bodies or (table is not None and table not in BODY_TABLES):
            self.everything = True
        elif deleting or table is None or declared is None:
            self.withdrawn |= {scope(b, f) for b in bodies for f in FACETS}
        else:
            self.reworded |= {scope(b, f) for b in bodies for f in declared or BODY_TABLES[table]}

    def __call__(self):
        try:
            if self.everything:
                advance()
                return
            if self.withdrawn:
                advance(self.withdrawn, withdrawing=True)
            if self.reworded - self.withdrawn:
                advance(self.reworded - self.withdrawn, withdrawing=False)
        except DatabaseError:
            # The write itself has committed; failing its request now would say otherwise.
            # Pages kept meanwhile still expire by age (pages.SECONDS, or their view's own).
            log.exception("could not start a new page generation")


def counted(sql) -> tuple[str, bool] | None:
    """(table, whether it deletes) for a write that counts, else None."""
    found = WRITE.match(sql) if isinstance(sql, str) else None
    if found is None:
        return None
    verb, table = found.group(1).upper(), found.group(2).lower()
    deleting = verb.startswith("DELETE")
    if table == SESSIONS:
        return (table, True) if deleting else None
    return None if table in IGNORED else (table, deleting)


def counts(sql) -> bool:
    return counted(sql) is not None


@contextlib.contextmanager
def one_generation_for_all():
    token = quiet.set(True)
    try:
        yield
    finally:
        quiet.reset(token)
        advance()


def in_transaction(connection) -> bool:
    return connection.in_atomic_block


def watch(connection):
    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        found = counted(sql)
        if found is not None and not quiet.get():
            wrote(connection, *found)
        return result

    return wrapper


def wrote(connection, table: str | None, deleting: bool = False) -> None:
    """Count a write (table None: one that changed what is confidential)."""
    # After the commit, once a transaction: replacing a token inside the transaction would
    # hold its row locked until the end and make every writer wait for every other.
    if not in_transaction(connection):
        pending = Pending()
        pending.add(table, deleting)
        pending()
        return
    for entry in connection.run_on_commit:
        if isinstance(entry[1], Pending):
            entry[1].add(table, deleting)
            return
    pending = Pending()
    pending.add(table, deleting)
    transaction.on_commit(pending, using=connection.alias)


def seals_changed(sender, **kwargs):
    """What is confidential changed: whatever the writes around it declared, they withdraw."""
    if not quiet.get():
        wrote(connection, None)


def on_connection(sender, connection, **kwargs):
    if not any(getattr(w, "pagecache", False) for w in connection.execute_wrappers):
        wrapper = watch(connection)
        wrapper.pagecache = True
        connection.execute_wrappers.append(wrapper)


def before_migrate(sender, **kwargs):
    quiet.set(True)  # the generation table may not exist yet


def after_migrate(sender, **kwargs):
    quiet.set(False)
    advance()


def connect(app_config):
    from minutebook.meetings.sealing import seals_changed as sealing_changed

    connection_created.connect(on_connection, dispatch_uid="pagecache-watch")
    pre_migrate.connect(before_migrate, dispatch_uid="pagecache-before-migrate")
    post_migrate.connect(after_migrate, sender=app_config, dispatch_uid="pagecache-migrate")
    sealing_changed.connect(seals_changed, dispatch_uid="pagecache-seals")
