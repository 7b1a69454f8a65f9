"""Any write to the database starts a new generation, once it has committed.

Writes are seen where they happen, in the SQL each connection sends, so that bulk updates,
raw SQL, data migrations and management commands count as much as a model's save().
"""

import contextlib
import contextvars
import logging
import re

from django.db import DatabaseError, transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate, pre_migrate

from minutebook.pagecache.models import advance

log = logging.getLogger(__name__)

WRITE = re.compile(
    r'\s*(INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"?(\w+)',
    re.IGNORECASE)
# Tables no kept page shows: log-in counts, job progress, token use, the reminders log, the
# admin's log and this app's own row.
IGNORED = {"accounts_loginfailure", "consultations_themejob", "api_apitoken",
           "meetings_remindersent", "django_admin_log", "pagecache_generation"}
# Sessions are written on every sign-in and often besides; only a session that ends counts,
# because kept pages are found by the browser's session cookie alone.
SESSIONS = "django_session"


def counts(sql) -> bool:
    found = WRITE.match(sql) if isinstance(sql, str) else None
    if found is None:
        return False
    verb, table = found.group(1).upper(), found.group(2).lower()
    if table == SESSIONS:
        return verb.startswith("DELETE")
    return table not in IGNORED

# Set while many rows go in at once (migrations, a backup, a test's fixture): one new
# generation afterwards stands for them all.
quiet = contextvars.ContextVar("pagecache_quiet", default=False)


@contextlib.contextmanager
def one_generation_for_all():
    token = quiet.set(True)
    try:
        yield
    finally:
        quiet.reset(token)
        advance()


def advance_after_commit():
    try:
        advance()
    except DatabaseError:
        # The write itself has committed; failing its request now would say otherwise. Pages
        # kept meanwhile still expire by age (pages.SECONDS, or their view's own time).
        log.exception("could not start a new page generation")


advance_after_commit.pagecache = True


def in_transaction(connection) -> bool:
    return connection.in_atomic_block


def watch(connection):
    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if counts(sql) and not quiet.get():
            wrote(connection)
        return result

    return wrapper


def wrote(connection):
    # After the commit, once a transaction: replacing the token inside the transaction would
    # hold its row locked until the end and make every writer wait for every other.
    if not in_transaction(connection):
        advance_after_commit()
    elif not any(getattr(entry[1], "pagecache", False) for entry in connection.run_on_commit):
        transaction.on_commit(advance_after_commit, using=connection.alias)


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
    connection_created.connect(on_connection, dispatch_uid="pagecache-watch")
    pre_migrate.connect(before_migrate, dispatch_uid="pagecache-before-migrate")
    post_migrate.connect(after_migrate, sender=app_config, dispatch_uid="pagecache-migrate")
