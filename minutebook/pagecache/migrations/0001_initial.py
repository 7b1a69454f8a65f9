from django.db import migrations, models

import minutebook.pagecache.models


def first_row(apps, schema_editor):
    apps.get_model("pagecache", "Generation").objects.create(pk=1)


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Generation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False,
                                           verbose_name="ID")),
                ("token", models.CharField(default=minutebook.pagecache.models.fresh_token,
                                           max_length=32)),
            ],
            options={"db_table": "pagecache_generation"},
        ),
        migrations.RunPython(first_row, migrations.RunPython.noop),
    ]
