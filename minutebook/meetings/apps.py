from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "minutebook.meetings"

    def ready(self):
        from minutebook.meetings import sealing  # noqa: F401  (keeps every row's `sealed`)
