"""A point taken from minutes outlives its entry, and keeps the entry's secrecy."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from minutebook.consultations.models import Point
from minutebook.meetings.models import MinuteEntry


@receiver(pre_delete, sender=MinuteEntry)
def keep_points_confidential(sender, instance, **kwargs):
    if instance.sealed:
        Point.objects.filter(entry=instance, confidential=False).update(confidential=True)
