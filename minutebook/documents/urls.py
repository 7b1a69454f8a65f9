from django.urls import path

from minutebook.documents import views

urlpatterns = [
    path("bodies/<slug:slug>/import/", views.upload, name="upload"),
    path("documents/<int:pk>/", views.document, name="document"),
    path("documents/<int:pk>/confirm/", views.confirm, name="confirm_document"),
    path("documents/<int:pk>/download/", views.download, name="download_document"),
]
