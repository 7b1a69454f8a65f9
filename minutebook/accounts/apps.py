from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "minutebook.accounts"
