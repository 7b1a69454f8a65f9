"""Record every change to minutes, attendance and actions, with the user who made it.

The user comes from the request (middleware sets a context variable); changes made by
commands or the shell are recorded with no user.
"""

import contextvars

from django.db.models.signals import post_delete, post_save, pre_save

current_user = contextvars.ContextVar("current_user", default=None)

TRACKED = [
    ("meetings", "Meeting"), ("meetings", "AgendaItem"), ("meetings", "MinuteEntry"),
    ("meetings", "Attendance"), ("meetings", "Action"), ("meetings", "ActionUpdate"),
    ("meetings", "Decision"), ("meetings", "MinutesApproval"), ("meetings", "Amendment"),
]
IGNORED_FIELDS = {"version"}


class AuditMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user if request.user.is_authenticated else None
        token = current_user.set(user)
        try:
            return self.get_response(request)
        finally:
            current_user.reset(token)


def snapshot(instance) -> dict:
    return {
        f.attname: f.value_from_object(instance)
        for f in instance._meta.concrete_fields
        if f.attname not in IGNORED_FIELDS
    }


def meeting_of(instance):
    for path in ("meeting", "item.meeting", "action.meeting", "minutes_of"):
        obj = instance
        try:
            for part in path.split("."):
                obj = getattr(obj, part)
        except Exception:  # noqa: BLE001 - a missing link just means no meeting to note
            continue
        if obj is not None and obj.__class__.__name__ == "Meeting":
            return obj
    return instance if instance.__class__.__name__ == "Meeting" else None


def before_save(sender, instance, **kwargs):
    instance._audit_before = None
    if instance.pk:
        old = sender.objects.filter(pk=instance.pk).first()
        instance._audit_before = snapshot(old) if old else None


def after_save(sender, instance, created, raw=False, **kwargs):
    if raw:  # fixtures and restores are not edits
        return
    from minutebook.audit.models import Change

    after = snapshot(instance)
    before = getattr(instance, "_audit_before", None) or {}
    diff = {k: [str_or_none(before.get(k)), str_or_none(v)] for k, v in after.items()
            if created or before.get(k) != v}
    if not diff:
        return
    Change.objects.create(
        user=current_user.get(), action="created" if created else "updated",
        model=sender.__name__, object_id=str(instance.pk), summary=str(instance)[:300],
        changes={} if created else diff, meeting=meeting_of(instance),
    )


def created_in_bulk(instances, meeting=None) -> None:
    """Rows made by bulk_create send no post_save: one Change each, written in one go."""
    from minutebook.audit.models import Change

    user = current_user.get()
    Change.objects.bulk_create(
        Change(user=user, action="created", model=type(i).__name__, object_id=str(i.pk),
               summary=str(i)[:300], changes={}, meeting=meeting)
        for i in instances)


def updated_in_bulk(instances, changes: dict) -> None:
    """Rows changed by a queryset update send no post_save: one Change each, in one go.
    changes: field -> [before, after], the same for every row."""
    from minutebook.audit.models import Change

    user = current_user.get()
    Change.objects.bulk_create(
        Change(user=user, action="updated", model=type(i).__name__, object_id=str(i.pk),
               summary=str(i)[:300], changes=changes, meeting_id=getattr(i, "meeting_id", None))
        for i in instances)


def after_delete(sender, instance, **kwargs):
    from minutebook.audit.models import Change

    Change.objects.create(
        user=current_user.get(), action="deleted", model=sender.__name__,
        object_id=str(instance.pk), summary=str(instance)[:300],
        changes={k: [str_or_none(v), None] for k, v in snapshot(instance).items()},
        meeting=meeting_of(instance) if sender.__name__ != "Meeting" else None,
    )


def str_or_none(value):
    return None if value is None else str(value)


def connect():
    from django.apps import apps

    for app_label, name in TRACKED:
        model = apps.get_model(app_label, name)
        uid = f"audit-{name}"
        pre_save.connect(before_save, sender=model, dispatch_uid=uid)
        post_save.connect(after_save, sender=model, dispatch_uid=uid)
        post_delete.connect(after_delete, sender=model, dispatch_uid=uid)
