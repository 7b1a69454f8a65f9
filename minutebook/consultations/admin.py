from django.contrib import admin

from minutebook.consultations.models import Consultation, ConsultationResponse, Point, Theme


class PointInline(admin.TabularInline):
    model = Point
    extra = 0
    fields = ["text", "source", "theme", "specific_to_group"]


@admin.register(Consultation)
class ConsultationAdmin(admin.ModelAdmin):
    list_display = ["title", "issuer", "deadline"]
    filter_horizontal = ["bodies"]


@admin.register(ConsultationResponse)
class ConsultationResponseAdmin(admin.ModelAdmin):
    list_display = ["consultation", "body", "meeting"]
    inlines = [PointInline]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["label", "consultation", "shared"]
