"""Where kept pages live: files shared by a server's processes, deleted once stale."""

import os
import time

from django.core.cache.backends.filebased import FileBasedCache

# How often a process sweeps the folder for expired pages, in seconds.
PURGE_EVERY = 60
# Counting the files lists the whole folder, which costs more than building a small page, so
# the limit on entries is checked on every CULL_EVERY-th page a process keeps.
CULL_EVERY = 100


class PageFiles(FileBasedCache):
    """Django's file cache deletes an expired file only when it is next asked for, and a page
    keyed by an old generation never is. Pages may hold confidential minutes, so expired ones
    are swept away rather than left on disk for backups to copy."""

    last_purge = 0.0
    kept = 0

    def set(self, key, value, timeout=None, version=None):
        super().set(key, value, timeout, version)
        now = time.monotonic()
        if now - PageFiles.last_purge >= PURGE_EVERY:
            PageFiles.last_purge = now
            self.purge(youngest=PURGE_EVERY)

    def _cull(self):
        PageFiles.kept += 1
        if PageFiles.kept % CULL_EVERY == 0:
            super()._cull()

    def purge(self, youngest: float = 0) -> None:
        """Delete expired pages, opening only files written more than `youngest` seconds ago:
        few newer ones have expired, and one that has is swept the next time."""
        written_before = time.time() - youngest
        try:
            found = [e.path for e in os.scandir(self._dir)
                     if e.name.endswith(self.cache_suffix) and e.stat().st_mtime < written_before]
        except FileNotFoundError:
            return
        for path in found:
            try:
                with open(path, "rb") as fh:
                    self._is_expired(fh)  # deletes the file when it has expired
            except (FileNotFoundError, EOFError, ValueError):
                pass
