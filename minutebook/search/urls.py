from django.urls import path

from minutebook.search import views

urlpatterns = [path("", views.search, name="search")]
