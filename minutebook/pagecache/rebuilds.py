"""One worker at a time builds a stale page again: a claim on a row of pagecache_rebuild.

In the database, so that it holds across the processes of one server and the servers
sharing the database. Plain SQL in autocommit: each statement is its own short write.
"""

import logging
import time

from django.db import DatabaseError, connection

log = logging.getLogger(__name__)

# A claim lapses after this long: a worker that died holding it stops no one for long.
CLAIM_SECONDS = 5


def claim(key: str) -> bool:
    """Whether this worker may build the page now (no other holds a live claim on it)."""
    now = time.time()
    key = key.removeprefix("page:")
    try:
        with connection.cursor() as cursor:
            cursor.execute('UPDATE pagecache_rebuild SET until = %s WHERE "key" = %s '
                           "AND until < %s", [now + CLAIM_SECONDS, key, now])
            if cursor.rowcount:
                return True
            cursor.execute('INSERT INTO pagecache_rebuild ("key", until) VALUES (%s, %s) '
                           "ON CONFLICT DO NOTHING", [key, now + CLAIM_SECONDS])
            return cursor.rowcount == 1
    except DatabaseError:
        # The database is busy or read-only: build the page, as without the claim.
        log.warning("could not claim a page's rebuild", exc_info=True)
        return True


def release(key: str) -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute('DELETE FROM pagecache_rebuild WHERE "key" = %s',
                           [key.removeprefix("page:")])
    except DatabaseError:
        log.warning("could not release a page's rebuild", exc_info=True)
