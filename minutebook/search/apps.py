from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "minutebook.search"

    def ready(self):
        from minutebook.search import signals  # noqa: F401  (connects the receivers)
