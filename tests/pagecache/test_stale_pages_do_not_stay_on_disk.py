import time

from minutebook.pagecache import storage
from minutebook.pagecache.storage import PageFiles


def test_expired_pages_are_swept_from_the_folder(tmp_path, monkeypatch):
    files = PageFiles(str(tmp_path), {})
    files.set("old", "minutes with a confidential entry", timeout=1)
    assert len(list(tmp_path.glob("*.djcache"))) == 1
    time.sleep(1.1)
    monkeypatch.setattr(storage, "PURGE_EVERY", 0)
    files.set("new", "today's page", timeout=60)
    assert [files.get("new")] == ["today's page"]
    assert len(list(tmp_path.glob("*.djcache"))) == 1  # only the new one is left
