import os
import subprocess
import sys

from minutebook.cli import main


def test_help_lists_the_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("serve", "migrate", "demo", "createuser", "parse"):
        assert f"  {command} " in out


def test_an_unknown_command_fails_with_usage(capsys):
    assert main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_a_bad_setting_stops_start_up_with_one_line(tmp_path):
    env = dict(os.environ, DATABASE_URL="mysql://nowhere/db", MINUTEBOOK_HOME=str(tmp_path))
    run = subprocess.run(
        [sys.executable, "-m", "minutebook.cli", "migrate"], env=env,
        capture_output=True, text=True, timeout=60,
    )
    assert run.returncode == 3
    assert run.stderr.strip().count("\n") == 0
    assert "configuration error: DATABASE_URL='mysql://nowhere/db' is not supported" in run.stderr


def test_migrate_demo_and_createuser_work_on_a_fresh_sqlite_file(tmp_path):
    env = dict(os.environ, MINUTEBOOK_HOME=str(tmp_path))
    env.pop("DATABASE_URL", None)

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "minutebook.cli", *args], env=env,
            capture_output=True, text=True, timeout=120,
        )

    assert cli("migrate", "-v0").returncode == 0
    assert (tmp_path / "var" / "minutebook.sqlite3").exists()
    assert (tmp_path / "var" / "secret_key").exists()
    demo = cli("demo")
    assert demo.returncode == 0, demo.stderr
    assert "password" in demo.stdout
    again = cli("demo")
    assert "already loaded" in again.stdout
    made = cli("createuser", "secretary", "--password", "a-long-password")
    assert made.returncode == 0 and "Created secretary" in made.stdout
    twice = cli("createuser", "secretary", "--password", "x")
    assert twice.returncode != 0 and "already exists" in twice.stderr
