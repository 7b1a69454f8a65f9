import os
import secrets
import subprocess
import sys


def test_check_deploy_is_clean_under_production_settings(tmp_path):
    env = dict(os.environ, HTTPS="true", SECRET_KEY=secrets.token_urlsafe(50),
               ALLOWED_HOSTS="minutes.example.org", MINUTEBOOK_HOME=str(tmp_path))
    # Production has neither; the browser tests set the second for the test server.
    for name in ("DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"):
        env.pop(name, None)
    run = subprocess.run(
        [sys.executable, "-m", "minutebook.cli", "manage", "check", "--deploy",
         "--fail-level", "WARNING"], env=env, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "no issues" in run.stdout


def test_every_page_carries_a_policy_without_inline_scripts(client, demo):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script>" not in response.content.decode()
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
