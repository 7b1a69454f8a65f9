"""The queryset of rows whose confidentiality follows the items above them."""

from django.db import models


class SealedQuerySet(models.QuerySet):
    """Rows whose confidentiality follows the items above them. A bulk change that could
    alter it (a mark, a move) has meetings.sealing recompute the meetings it touched."""

    MEETING = ""  # the path from a row to its meeting's id
    SEAL_FIELDS = frozenset({"confidential", "sealed", "parent", "parent_id", "item", "item_id",
                             "meeting", "meeting_id", "entry", "entry_id"})

    def update(self, **kwargs):
        if not self.SEAL_FIELDS & kwargs.keys():
            return super().update(**kwargs)
        from minutebook.meetings import sealing

        before = sealing.meetings_of(self)
        pks = list(self.values_list("pk", flat=True))
        done = super().update(**kwargs)
        sealing.reseal(before | sealing.meetings_of(self.model._base_manager.filter(pk__in=pks)))
        return done

    def bulk_create(self, objs, *args, **kwargs):
        from minutebook.meetings import sealing

        made = super().bulk_create(objs, *args, **kwargs)
        sealing.reseal(sealing.meetings_of(
            self.model._base_manager.filter(pk__in=[o.pk for o in made if o.pk])))
        return made

    def bulk_update(self, objs, fields, *args, **kwargs):
        from minutebook.meetings import sealing

        objs = list(objs)
        before = sealing.meetings_of(self.filter(pk__in=[o.pk for o in objs]))
        done = super().bulk_update(objs, fields, *args, **kwargs)
        if self.SEAL_FIELDS & set(fields):
            sealing.reseal(before | sealing.meetings_of(self.filter(pk__in=[o.pk for o in objs])))
        return done
