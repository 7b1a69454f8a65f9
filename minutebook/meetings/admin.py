from django.contrib import admin

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
)


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["person"]
    fk_name = "meeting"


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "start", "venue", "status", "minutes_status"]
    list_filter = ["body", "kind", "status", "minutes_status"]
    date_hierarchy = "start"
    inlines = [AttendanceInline]
    readonly_fields = ["version"]


@admin.register(AgendaItem)
class AgendaItemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "meeting", "kind", "confidential"]
    list_filter = ["kind", "confidential"]


@admin.register(MinuteEntry)
class MinuteEntryAdmin(admin.ModelAdmin):
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
