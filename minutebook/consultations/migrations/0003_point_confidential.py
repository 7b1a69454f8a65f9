

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('consultations', '0002_theme_jobs'),
    ]

    operations = [
        migrations.AddField(
            model_name='point',
            name='confidential',
            field=models.BooleanField(default=False),
        ),
    ]
