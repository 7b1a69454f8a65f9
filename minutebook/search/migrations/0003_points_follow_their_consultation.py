import django.db.models.deletion
from django.db import migrations, models


def follow_the_seals(apps, schema_editor):
    """Documents take their record's `sealed` flag; points their consultation and entry."""
    Doc = apps.get_model("search", "SearchDocument")
    for kind, name in (("entry", "MinuteEntry"), ("action", "Action"), ("decision", "Decision")):
        sealed = apps.get_model("meetings", name).objects.filter(sealed=True).values("pk")
        Doc.objects.filter(kind=kind, object_id__in=sealed).update(confidential=True)
    Point = apps.get_model("consultations", "Point")
    for point in Point.objects.select_related("response", "entry__item__meeting"):
        entry = point.entry
        Doc.objects.filter(kind="point", object_id=point.pk).update(
            consultation_id=point.response.consultation_id,
            body_id=entry.item.meeting.body_id if entry else point.response.body_id,
            meeting_id=entry.item.meeting_id if entry else None,
            confidential=bool(entry and entry.sealed),
        )


class Migration(migrations.Migration):

    dependencies = [
        ('consultations', '0003_point_confidential'),
        ('meetings', '0003_sealed'),
        ('search', '0002_full_text_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='searchdocument',
            name='consultation',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='consultations.consultation'),
        ),
        migrations.RunPython(follow_the_seals, migrations.RunPython.noop),
    ]
