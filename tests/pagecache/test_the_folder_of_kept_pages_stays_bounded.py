from minutebook.pagecache import storage
from minutebook.pagecache.storage import PageFiles


def test_it_counts_its_files_now_and_then_and_culls_to_its_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "CULL_EVERY", 5)
    monkeypatch.setattr(PageFiles, "kept", 0)
    files = PageFiles(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    for n in range(60):
        files.set(f"page-{n}", f"page {n}", timeout=60)
        # Never more than the limit plus the pages kept between two counts.
        assert len(list(tmp_path.glob("*.djcache"))) <= 10 + 5
    assert files.get("page-59") == "page 59"
