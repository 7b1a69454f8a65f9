from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "minutebook.audit"

    def ready(self):
        from minutebook.audit import recorder

        recorder.connect()
