from django.urls import path

from minutebook.front import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("bodies/<slug:slug>/", views.body, name="body"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("people/<int:pk>/", views.person, name="person"),
    path("decisions/", views.decisions, name="decisions"),
]
