from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("pagecache", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="BodyGeneration",
            fields=[
                ("scope", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("token", models.CharField(default="", max_length=32)),
                ("sealed", models.CharField(default="", max_length=32)),
            ],
            options={"db_table": "pagecache_bodygeneration"},
        ),
        migrations.CreateModel(
            name="Rebuild",
            fields=[
                ("key", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("until", models.FloatField()),
            ],
            options={"db_table": "pagecache_rebuild"},
        ),
    ]
