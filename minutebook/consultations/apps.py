from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "minutebook.consultations"

    def ready(self):
        from minutebook.consultations import signals  # noqa: F401  (connects the receivers)
