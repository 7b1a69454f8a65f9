from django.urls import path

from minutebook.meetings import tracker, views

urlpatterns = [
    path("bodies/<slug:slug>/meetings/new/", views.meeting_new, name="meeting_new"),
    path("meetings/<int:pk>/minutes/", views.minutes_edit, name="minutes_edit"),
    path("meetings/<int:pk>/minutes/status/", views.minutes_status, name="minutes_status"),
    path("meetings/<int:pk>/attendance/<int:person_pk>/", views.attendance_set,
         name="attendance_set"),
    path("meetings/<int:pk>/guests/", views.guest_add, name="guest_add"),
    path("meetings/<int:pk>/items/", views.item_add, name="item_add"),
    path("items/<int:item_pk>/", views.item_edit, name="item_edit"),
    path("items/<int:item_pk>/delete/", views.item_delete, name="item_delete"),
    path("items/<int:item_pk>/entries/", views.entry_add, name="entry_add"),
    path("entries/<int:pk>/", views.entry_edit, name="entry_edit"),
    path("entries/<int:pk>/delete/", views.entry_delete, name="entry_delete"),
    path("actions/", tracker.action_list, name="actions"),
    path("actions/export.csv", tracker.export_csv, name="actions_csv"),
    path("actions/export.xlsx", tracker.export_xlsx, name="actions_xlsx"),
    path("actions/<int:pk>/", tracker.action_detail, name="action"),
    path("actions/<int:pk>/update/", tracker.action_update, name="action_update"),
]
