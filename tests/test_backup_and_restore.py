import shutil
import subprocess
import sys

import pytest
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.management import call_command

from minutebook.documents.models import Document
from minutebook.opendata.backup import RestoreRefused, models_to_save, restore_backup, write_backup
from minutebook.search.models import SearchDocument


def snapshot():
    # The python form keeps every microsecond, so the comparison is exact.
    return {m._meta.label: serializers.serialize("python", m.objects.order_by("pk"))
            for m in models_to_save()}


@pytest.fixture
def archive(transactional_db, settings, tmp_path):
    from minutebook.demo import workspace

    workspace.load()
    doc = Document(original_name="minutes.txt", sha256="a" * 64)
    doc.file.save("minutes.txt", ContentFile(b"Original minutes"))
    path = str(tmp_path / "backup.zip")
    write_backup(path)
    return path, snapshot(), doc.file.name


def test_a_backup_restores_every_record_and_file_into_an_empty_database(archive, settings):
    path, before, file_name = archive
    searchable = SearchDocument.objects.count()
    call_command("flush", interactive=False)
    shutil.rmtree(settings.MEDIA_ROOT)
    restore_backup(path)
    after = snapshot()
    for label in before:
        assert len(after[label]) == len(before[label]), label
        assert after[label] == before[label], label
    with open(settings.MEDIA_ROOT / file_name, "rb") as restored:
        assert restored.read() == b"Original minutes"
    assert SearchDocument.objects.count() == searchable  # the index is rebuilt


def test_restore_refuses_a_database_that_is_not_empty(archive):
    path, before, _ = archive
    with pytest.raises(RestoreRefused, match="not empty"):
        restore_backup(path)
    after = snapshot()
    for label in before:
        assert len(after[label]) == len(before[label]), label
        assert after[label] == before[label], label


def test_restore_of_a_file_that_is_no_backup_is_one_line(tmp_path, db):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    run = subprocess.run([sys.executable, "-m", "minutebook.cli", "restore", str(junk)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and "not a minutebook backup" in run.stderr
    assert "Traceback" not in run.stderr
