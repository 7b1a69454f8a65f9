"""Whole-site backup and restore: every record and every uploaded file in one zip."""

import decimal
import json
import os
import shutil
import tempfile
import uuid
import zipfile

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.db import transaction

from minutebook.meetings.sealing import reseal_all
from minutebook.pagecache.writes import one_generation_for_all

FORMAT = "minutebook-backup"
# Everything the project owns, and the logins; caches such as the search index are rebuilt.
APPS = ["auth", "accounts", "bodies", "meetings", "consultations", "documents", "audit", "api"]
SKIP = {"search.SearchDocument", "auth.Permission", "contenttypes.ContentType"}


class RestoreRefused(Exception):
    """One line saying why nothing was restored."""


def models_to_save():
    for label in APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label not in SKIP:
                yield model


def write_backup(path: str) -> dict:
    counts = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        records = []
        for model in models_to_save():
            rows = list(model._default_manager.order_by("pk"))
            counts[model._meta.label] = len(rows)
            records += serializers.serialize("python", rows)
        z.writestr("records.json", json.dumps(records, default=exact))
        media = settings.MEDIA_ROOT
        for root, _, files in os.walk(media):
            for name in files:
                full = os.path.join(root, name)
                z.write(full, "media/" + os.path.relpath(full, media))
        z.writestr("manifest.json", json.dumps({"format": FORMAT, "counts": counts}))
    return counts


def exact(value):
    """JSON for what json cannot hold; times keep their microseconds (Django's own JSON
    encoder drops all but milliseconds, so a restore would not be exact)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, decimal.Decimal)):
        return str(value)
    raise TypeError(f"cannot back up {type(value).__name__}")


def restore_backup(path: str) -> dict:
    """Everything or nothing: the archive is checked whole before anything is written, the
    records go in one transaction, and files land in the media folder only once it commits."""
    try:
        z = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise RestoreRefused(f"{path}: not a minutebook backup ({one_line(exc)})") from None
    with z:
        manifest, records, media = read_archive(z, path)
        if any(m._default_manager.exists() for m in models_to_save()):
            raise RestoreRefused("the database is not empty; restore only into a new database")
        staging = tempfile.mkdtemp(prefix=".restore-", dir=media_parent())
        try:
            for name, target in media:
                os.makedirs(os.path.join(staging, os.path.dirname(target)), exist_ok=True)
                with open(os.path.join(staging, target), "wb") as out:
                    out.write(z.read(name))
            with transaction.atomic(), one_generation_for_all():
                load_records(records, path)
                reset_sequences()
                reseal_all()
                call_command("reindex", verbosity=0)
            # Renames within one folder tree: the files appear once the records are in.
            move_into_media(staging)
        except (OSError, zipfile.BadZipFile) as exc:
            raise RestoreRefused(f"{path}: {one_line(exc)}; nothing was restored") from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return manifest["counts"]


def one_line(exc) -> str:
    return " ".join(str(exc).split())[:200]


def read_archive(z: zipfile.ZipFile, path: str):
    """The manifest, the records and the media files (member, path inside the media folder),
    or RestoreRefused naming the first thing wrong."""
    try:
        bad = z.testzip()  # reads every member and checks its CRC
    except (OSError, zipfile.BadZipFile, NotImplementedError, EOFError) as exc:
        raise RestoreRefused(f"{path}: damaged archive ({one_line(exc)})") from None
    except Exception as exc:  # zlib.error and the like, from a damaged stream
        raise RestoreRefused(f"{path}: damaged archive ({type(exc).__name__})") from None
    if bad is not None:
        raise RestoreRefused(f"{path}: damaged archive (bad checksum in {bad})")
    try:
        manifest = json.loads(z.read("manifest.json"))
        records = json.loads(z.read("records.json").decode())
    except (KeyError, ValueError) as exc:
        raise RestoreRefused(f"{path}: not a minutebook backup ({one_line(exc)})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT \
            or not isinstance(records, list):
        raise RestoreRefused(f"{path}: not a minutebook backup")
    media = []
    for name in z.namelist():
        if not name.startswith("media/") or name.endswith("/"):
            continue
        inside = os.path.normpath(name.removeprefix("media/"))
        if os.path.isabs(inside) or inside == ".." or inside.startswith(".." + os.sep) \
                or "\\" in name or "\x00" in name:
            raise RestoreRefused(f"{path}: refused: {name!r} would be written outside the "
                                 "media folder; nothing was restored")
        media.append((name, inside))
    return manifest, records, media


def load_records(records, path):
    from django.core.serializers.base import DeserializationError
    from django.db import DatabaseError

    try:
        for obj in serializers.deserialize("python", records):
            obj.save()  # raw: no model checks, signals see raw=True
    except (DeserializationError, DatabaseError, ValueError, TypeError, KeyError,
            AttributeError, LookupError) as exc:
        raise RestoreRefused(f"{path}: bad record ({one_line(exc)}); nothing was restored") \
            from None


def media_parent() -> str:
    root = os.fspath(settings.MEDIA_ROOT)
    os.makedirs(root, exist_ok=True)
    return root


def move_into_media(staging: str):
    root = os.fspath(settings.MEDIA_ROOT)
    for here, _, files in os.walk(staging):
        for name in files:
            source = os.path.join(here, name)
            target = os.path.join(root, os.path.relpath(source, staging))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.replace(source, target)


def reset_sequences():
    """PostgreSQL keeps id counters apart from the rows: move them past the restored ids."""
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), list(models_to_save()))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
