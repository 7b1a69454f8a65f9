"""Whole-site backup and restore: every record and every uploaded file in one zip."""

import decimal
import json
import os
import uuid
import zipfile

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.db import transaction

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
    try:
        z = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise RestoreRefused(f"{path}: not a minutebook backup ({exc})") from None
    with z:
        try:
            manifest = json.loads(z.read("manifest.json"))
            records = z.read("records.json").decode()
        except (KeyError, ValueError) as exc:
            raise RestoreRefused(f"{path}: not a minutebook backup ({exc})") from None
        if manifest.get("format") != FORMAT:
            raise RestoreRefused(f"{path}: not a minutebook backup")
        if any(m._default_manager.exists() for m in models_to_save()):
            raise RestoreRefused("the database is not empty; restore only into a new database")
        with transaction.atomic(), one_generation_for_all():
            for obj in serializers.deserialize("python", json.loads(records)):
                obj.save()  # raw: no model checks, signals see raw=True
        for name in z.namelist():
            if name.startswith("media/") and not name.endswith("/") and ".." not in name:
                target = os.path.join(settings.MEDIA_ROOT, name.removeprefix("media/"))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as out:
                    out.write(z.read(name))
    reset_sequences()
    call_command("reindex", verbosity=0)
    return manifest["counts"]


def reset_sequences():
    """PostgreSQL keeps id counters apart from the rows: move them past the restored ids."""
    from django.core.management.color import no_style
    from django.db import connection

    statements = connection.ops.sequence_reset_sql(no_style(), list(models_to_save()))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
