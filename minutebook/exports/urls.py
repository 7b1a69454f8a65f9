from django.urls import re_path

from minutebook.exports import views

urlpatterns = [
    re_path(r"^meetings/(?P<pk>\d+)/minutes\.(?P<format>html|pdf|docx)$", views.minutes_export,
            name="minutes_export"),
    re_path(r"^meetings/(?P<pk>\d+)/agenda\.(?P<format>html|pdf|docx)$", views.agenda_export,
            name="agenda_export"),
]
