from django.contrib import admin

from minutebook.bodies.models import Area, Body, Membership, Person, School


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "parent"]
    search_fields = ["name"]


@admin.register(School)
class SchoolAdmin(admin.ModelAdmin):
    list_display = ["name", "phase", "area"]
    list_filter = ["phase", "area"]
    search_fields = ["name"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["full_name", "initials", "email", "school", "user"]
    search_fields = ["given_name", "family_name", "initials", "email"]
    autocomplete_fields = ["school"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "area"]


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "parent", "is_public"]
    list_filter = ["kind", "is_public"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]
    filter_horizontal = ["required_areas"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "body", "role", "area", "phase", "start", "end"]
    list_filter = ["body", "role", "phase"]
    autocomplete_fields = ["person", "area"]
