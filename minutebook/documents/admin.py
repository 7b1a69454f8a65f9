from django.contrib import admin

from minutebook.documents.models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["original_name", "kind", "status", "body", "meeting", "uploaded"]
    list_filter = ["kind", "status"]
    readonly_fields = ["sha256", "size"]
