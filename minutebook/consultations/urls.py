from django.urls import path, re_path

from minutebook.consultations import views

urlpatterns = [
    path("consultations/", views.consultation_list, name="consultations"),
    path("consultations/new/", views.consultation_new, name="consultation_new"),
    path("consultations/<int:pk>/", views.consultation, name="consultation"),
    path("consultations/<int:pk>/bodies/<slug:slug>/points/", views.add_points,
         name="add_points"),
    path("consultations/<int:pk>/find-themes/", views.find_themes, name="find_themes"),
    path("consultations/<int:pk>/job/", views.job_status, name="theme_job"),
    re_path(r"^consultations/(?P<pk>\d+)/report\.(?P<format>html|pdf|docx)$", views.report,
            name="combined_report"),
    path("themes/<int:pk>/", views.theme_edit, name="theme_edit"),
    path("points/<int:pk>/", views.point_edit, name="point_edit"),
]
