from pathlib import Path

import pytest

from minutebook.env import ConfigError, database_from_url, env_bool, env_int, secret_key


def test_it_reads_a_relative_sqlite_url_under_the_base_dir(tmp_path):
    db = database_from_url("sqlite:///var/x.sqlite3", tmp_path)
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(tmp_path / "var" / "x.sqlite3")


def test_it_reads_an_absolute_sqlite_url(tmp_path):
    db = database_from_url("sqlite:////srv/mb/db.sqlite3", tmp_path)
    assert db["NAME"] == "/srv/mb/db.sqlite3"


def test_it_reads_a_postgres_url_with_credentials():
    db = database_from_url("postgres://clerk:s%40cret@db.example:5433/minutes", Path("."))
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"], db["NAME"]) == (
        "clerk", "s@cret", "db.example", "5433", "minutes"
    )


@pytest.mark.parametrize("url", ["mysql://x/y", "postgres://host", "sqlite://", "nonsense"])
def test_it_rejects_unusable_database_urls_with_one_line(url):
    with pytest.raises(ConfigError) as err:
        database_from_url(url, Path("."))
    assert "\n" not in str(err.value)
    assert "DATABASE_URL" in str(err.value)


def test_it_rejects_a_boolean_it_cannot_read(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ConfigError, match="DEBUG='maybe' is not a boolean"):
        env_bool("DEBUG")


def test_it_reads_booleans_and_defaults(monkeypatch):
    monkeypatch.setenv("DEBUG", "yes")
    assert env_bool("DEBUG") is True
    monkeypatch.delenv("DEBUG")
    assert env_bool("DEBUG") is False


def test_it_rejects_a_number_it_cannot_read(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "twenty-five")
    with pytest.raises(ConfigError, match="not a whole number"):
        env_int("EMAIL_PORT", 25)


def test_it_generates_the_secret_key_once_and_keeps_it(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = secret_key(tmp_path / "var")
    assert len(first) >= 50
    assert secret_key(tmp_path / "var") == first
    assert (tmp_path / "var" / "secret_key").stat().st_mode & 0o077 == 0


def test_it_refuses_a_short_secret_key(monkeypatch, tmp_path):
    monkeypatch.setenv("SECRET_KEY", "short")
    with pytest.raises(ConfigError, match="too short"):
        secret_key(tmp_path)


def test_page_cache_entries_of_zero_keep_no_pages(tmp_path):
    import subprocess
    import sys

    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {"PATH": "/usr/bin:/bin", "MINUTEBOOK_HOME": str(tmp_path),
           "DJANGO_SETTINGS_MODULE": "minutebook.settings"}
    shown = {}
    for entries in ("0", "5000"):
        out = subprocess.run([sys.executable, "-c", "import django; django.setup(); " + code],
                             env={**env, "PAGE_CACHE_ENTRIES": entries}, capture_output=True,
                             text=True, check=True)
        shown[entries] = out.stdout.strip().rsplit(".", 1)[-1]
    assert shown == {"0": "DummyCache", "5000": "PageFiles"}
