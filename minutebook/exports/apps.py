from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "minutebook.exports"
