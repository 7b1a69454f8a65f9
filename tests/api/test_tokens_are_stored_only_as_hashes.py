import hashlib

import pytest
from django.core.management import CommandError, call_command

from minutebook.api.models import ApiToken


def test_the_command_prints_a_token_once_and_stores_only_its_hash(client, demo, capsys):
    call_command("api_token", "member", "--name", "spreadsheet")
    raw = capsys.readouterr().out.strip()

    stored = ApiToken.objects.get()
    assert stored.name == "spreadsheet" and stored.user.username == "member"
    assert stored.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert not ApiToken.objects.filter(token_hash=raw).exists()
    assert raw not in repr(list(ApiToken.objects.values_list()))

    response = client.get("/api/bodies", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 200
    stored.refresh_from_db()
    assert stored.last_used is not None


def test_a_token_for_an_unknown_login_is_refused(db):
    with pytest.raises(CommandError, match="nobody"):
        call_command("api_token", "nobody")
