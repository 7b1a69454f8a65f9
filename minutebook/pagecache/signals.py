"""Any write starts a new generation, once its transaction has committed."""

import contextlib
import contextvars

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from minutebook.pagecache.models import advance

# Writes that change no page (sessions, log-in counts, job progress, this app's own row) or
# that always come with another write (the audit trail, the search index).
IGNORED = {"sessions.Session", "pagecache.Generation", "accounts.LoginFailure",
           "consultations.ThemeJob", "audit.Change", "admin.LogEntry", "search.SearchDocument"}


def advance_after_commit():
    advance()


advance_after_commit.pagecache = True


# Set while loading many rows at once (a backup, a test's fixture); one new generation after
# the load stands for them all.
loading = contextvars.ContextVar("pagecache_loading", default=False)


@contextlib.contextmanager
def one_generation_for_all():
    token = loading.set(True)
    try:
        yield
    finally:
        loading.reset(token)
        advance()


def wrote(sender, using=None, **kwargs):
    if loading.get() or not kwargs.get("action", "post_").startswith("post_"):
        return
    connection = connections[using or DEFAULT_DB_ALIAS]
    # After the commit, once a transaction: replacing the token inside the transaction would
    # hold its row locked until the end and make every writer wait for every other.
    if not in_transaction(connection):
        advance()
    elif not any(getattr(entry[1], "pagecache", False) for entry in connection.run_on_commit):
        transaction.on_commit(advance_after_commit, using=connection.alias)


def in_transaction(connection) -> bool:
    return connection.in_atomic_block


def connect():
    # Model by model rather than for every sender: a receiver for all senders would stop
    # Django deleting the ignored tables' rows in bulk.
    for model in apps.get_models(include_auto_created=True):
        if model._meta.label in IGNORED:
            continue
        post_save.connect(wrote, sender=model, dispatch_uid=f"pagecache-save-{model._meta.label}")
        post_delete.connect(wrote, sender=model,
                            dispatch_uid=f"pagecache-delete-{model._meta.label}")
        m2m_changed.connect(wrote, sender=model, dispatch_uid=f"pagecache-m2m-{model._meta.label}")
