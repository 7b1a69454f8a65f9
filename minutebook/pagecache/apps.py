from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "minutebook.pagecache"
    label = "pagecache"

    def ready(self):
        from minutebook.pagecache import signals

        signals.connect()
