from django.urls import path

from minutebook.api.views import api

urlpatterns = [path("", api.urls)]
