from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("minutebook.accounts.urls")),
    path("search/", include("minutebook.search.urls")),
    path("api/", include("minutebook.api.urls")),
    path("", include("minutebook.exports.urls")),
    path("", include("minutebook.consultations.urls")),
    path("", include("minutebook.documents.urls")),
    path("", include("minutebook.meetings.urls")),
    path("", include("minutebook.front.urls")),
]
