"""Where kept pages live: files shared by a server's processes, deleted once stale."""

import time

from django.core.cache.backends.filebased import FileBasedCache

# How often a process sweeps the folder for expired pages, in seconds.
PURGE_EVERY = 60


class PageFiles(FileBasedCache):
    """Django's file cache deletes an expired file only when it is next asked for, and a page
    keyed by an old generation never is. Pages may hold confidential minutes, so expired ones
    are swept away rather than left on disk for backups to copy."""

    last_purge = 0.0

    def set(self, key, value, timeout=None, version=None):
        super().set(key, value, timeout, version)
        now = time.monotonic()
        if now - PageFiles.last_purge >= PURGE_EVERY:
            PageFiles.last_purge = now
            self.purge()

    def purge(self) -> None:
        for path in self._list_cache_files():
            try:
                with open(path, "rb") as fh:
                    self._is_expired(fh)  # deletes the file when it has expired
            except (FileNotFoundError, EOFError, ValueError):
                pass
