import json

import pytest
from django.core.management import CommandError, call_command

from minutebook.bodies.models import Body


def test_export_writes_json_to_stdout_and_the_public_flag_hides_confidential_text(
    workspace, capsys, canary
):
    call_command("export", "--body", workspace.slug)
    full = capsys.readouterr().out
    call_command("export", "--body", workspace.slug, "--public")
    public = capsys.readouterr().out

    assert json.loads(full)["organizations"][0]["extras"]["slug"] == workspace.slug
    assert canary in full
    assert canary not in public


def test_export_to_a_file_then_import_it_into_an_empty_database(
    workspace, tmp_path, capsys, empty_database
):
    path = tmp_path / "forum.json"
    call_command("export", "--body", workspace.slug, "-o", str(path))
    empty_database()

    call_command("import_opendata", str(path))

    summary = capsys.readouterr().out.strip()
    assert summary.startswith("Imported Harrowvale Secondary Forum:") and "\n" not in summary
    assert Body.objects.filter(slug=workspace.slug).exists()


def test_exporting_an_unknown_or_private_body_fails_with_one_line(workspace):
    with pytest.raises(CommandError, match="no body"):
        call_command("export", "--body", "nowhere")
    with pytest.raises(CommandError, match="not public"):
        call_command("export", "--body", "harrowvale-secondary-executive", "--public")


@pytest.mark.parametrize("content", ["{not json", "[]", '{"format": "minutebook-opendata"}'])
def test_importing_a_bad_file_fails_with_one_line(db, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content)

    with pytest.raises(CommandError) as failure:
        call_command("import_opendata", str(path))

    assert "\n" not in str(failure.value)
    assert not Body.objects.exists()


def test_importing_a_missing_file_fails_with_one_line(db, tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("import_opendata", str(tmp_path / "missing.json"))
