from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "minutebook.pagecache"
    label = "pagecache"

    def ready(self):
        from django.db import connections

        from minutebook.pagecache import writes

        writes.connect(self)
        for connection in connections.all(initialized_only=True):  # opened before ready()
            writes.on_connection(None, connection)
