from django.contrib import admin, messages

from minutebook.meetings.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Amendment,
    Attendance,
    Decision,
    Meeting,
    MinuteEntry,
    MinutesApproval,
    MinutesLocked,
)


class LockedMinutesAdmin(admin.ModelAdmin):
    """Approved minutes are read-only here too; corrections are amendments."""

    def locked(self, obj) -> bool:
        return obj is not None and obj.minutes_meeting().minutes_locked

    def has_change_permission(self, request, obj=None):
        return not self.locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self.locked(obj) and super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        try:
            super().save_model(request, obj, form, change)
        except MinutesLocked as exc:
            self.message_user(request, str(exc), messages.ERROR)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            try:
                obj.delete()
            except MinutesLocked as exc:
                self.message_user(request, str(exc), messages.ERROR)


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["person"]
    fk_name = "meeting"

    def has_change_permission(self, request, obj=None):
        return not (obj and obj.minutes_locked) and super().has_change_permission(request, obj)

    has_add_permission = has_delete_permission = has_change_permission


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "start", "venue", "status", "minutes_status"]
    list_filter = ["body", "kind", "status", "minutes_status"]
    date_hierarchy = "start"
    inlines = [AttendanceInline]
    readonly_fields = ["version", "sequence"]

    def save_model(self, request, obj, form, change):
        try:
            super().save_model(request, obj, form, change)
        except MinutesLocked as exc:
            self.message_user(request, str(exc), messages.ERROR)


@admin.register(AgendaItem)
class AgendaItemAdmin(LockedMinutesAdmin):
    list_display = ["__str__", "meeting", "kind", "confidential"]
    list_filter = ["kind", "confidential"]


@admin.register(MinuteEntry)
class MinuteEntryAdmin(LockedMinutesAdmin):
    list_display = ["__str__", "kind", "attribution", "confidential"]
    list_filter = ["kind", "confidential"]
    search_fields = ["text"]


class ActionUpdateInline(admin.TabularInline):
    model = ActionUpdate
    extra = 0


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "owner_label", "due_date", "status"]
    list_filter = ["status", "meeting__body"]
    search_fields = ["text", "owners_as_written"]
    inlines = [ActionUpdateInline]


admin.site.register(Decision)
admin.site.register(MinutesApproval)
admin.site.register(Amendment)
