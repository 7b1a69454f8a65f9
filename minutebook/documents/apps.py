from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "minutebook.documents"
