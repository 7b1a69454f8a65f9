"""`minutebook restore` refuses an archive member whose path leaves the media folder, and a
damaged backup (a bad checksum, a bad record): one line, and the database stays empty. A
restore after a refused one works."""

import json
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from minutebook.documents.models import Document
from minutebook.opendata.backup import RestoreRefused, models_to_save, restore_backup, write_backup


@pytest.fixture
def backup(transactional_db, tmp_path, settings):
    from minutebook.demo import workspace

    workspace.load()
    Document(original_name="m.txt", sha256="b" * 64).file.save("m.txt", ContentFile(b"Minutes"))
    path = tmp_path / "backup.zip"
    write_backup(str(path))
    call_command("flush", interactive=False)
    return path


def rewrite(source, target, change):
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w") as out:
        for info in z.infolist():
            name, data = change(info.filename, z.read(info.filename))
            out.writestr(name, data)


def empty() -> bool:
    return not any(m._default_manager.exists() for m in models_to_save())


def test_a_member_that_climbs_out_of_the_media_folder_is_refused(backup, tmp_path, settings):
    bad = tmp_path / "slip.zip"
    rewrite(backup, bad, lambda n, d: (n.replace("media/", "media/../../", 1), d)
            if n.startswith("media/") else (n, d))
    with pytest.raises(RestoreRefused, match="outside the media folder"):
        restore_backup(str(bad))
    assert empty()
    assert not (tmp_path / "documents").exists()
    restore_backup(str(backup))  # the good one still goes in afterwards
    assert Document.objects.count() == 1


def test_a_bad_checksum_leaves_the_database_empty(backup, tmp_path):
    data = bytearray(backup.read_bytes())
    with zipfile.ZipFile(backup) as z:
        info = z.getinfo("records.json")
    # Flip a byte inside the stored records: the CRC no longer matches.
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 10
    data[start] ^= 0xFF
    bad = tmp_path / "crc.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(RestoreRefused):
        restore_backup(str(bad))
    assert empty()


def test_a_bad_record_leaves_the_database_empty_and_a_rerun_works(backup, tmp_path):
    def spoil(name, data):
        if name != "records.json":
            return name, data
        records = json.loads(data)
        records[-1]["fields"]["no_such_field"] = 1
        records[-2]["model"] = "meetings.nosuchmodel"
        return name, json.dumps(records)

    bad = tmp_path / "record.zip"
    rewrite(backup, bad, spoil)
    with pytest.raises(RestoreRefused, match="nothing was restored"):
        restore_backup(str(bad))
    assert empty()
    counts = restore_backup(str(backup))
    assert sum(counts.values()) > 100 and not empty()


def test_the_command_prints_one_line_and_no_traceback(backup, tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "slip.zip"
    rewrite(backup, bad, lambda n, d: ("media/../../evil.txt", d) if n.startswith("media/")
            else (n, d))
    import os

    env = {**os.environ, "MINUTEBOOK_HOME": str(tmp_path)}  # never the real var/
    env.pop("DATABASE_URL", None)
    run = subprocess.run([sys.executable, "-m", "minutebook.cli", "restore", str(bad)],
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
