from django.db import migrations, models


def seal_existing(apps, schema_editor):
    """What meetings.sealing keeps from now on, worked out once for the rows already there."""
    Item, Entry = apps.get_model("meetings", "AgendaItem"), apps.get_model("meetings", "MinuteEntry")
    rows = {pk: (parent, own) for pk, parent, own in
            Item.objects.values_list("pk", "parent_id", "confidential")}
    items = {}

    def sealed(pk, depth=0):
        if pk not in items:
            parent, own = rows[pk]
            items[pk] = own or (parent in rows and depth < 50 and sealed(parent, depth + 1))
        return items[pk]

    Item.objects.filter(pk__in=[pk for pk in rows if sealed(pk)]).update(sealed=True)
    entries = {pk: own or items.get(item, False) for pk, item, own in
               Entry.objects.values_list("pk", "item_id", "confidential")}
    Entry.objects.filter(pk__in=[pk for pk, s in entries.items() if s]).update(sealed=True)
    for name in ("Action", "Decision"):
        model = apps.get_model("meetings", name)
        found = [pk for pk, entry, own in model.objects.values_list("pk", "entry_id", "confidential")
                 if own or entries.get(entry, False)]
        model.objects.filter(pk__in=found).update(sealed=True)


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0002_meeting_updated'),
    ]

    operations = [
        migrations.AddField(
            model_name='action',
            name='sealed',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name='agendaitem',
            name='sealed',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name='decision',
            name='sealed',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.AddField(
            model_name='minuteentry',
            name='sealed',
            field=models.BooleanField(default=False, editable=False),
        ),
        migrations.RunPython(seal_existing, migrations.RunPython.noop),
    ]
