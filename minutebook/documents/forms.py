from django import forms
from django.conf import settings


class UploadForm(forms.Form):
    file = forms.FileField(label="Minutes, an agenda or a paper (.docx, .doc, .rtf, .pdf or a scan, .odt, .html, .txt or .md)")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.MAX_UPLOAD_BYTES:
            limit = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
            raise forms.ValidationError(f"{upload.name} is larger than {limit} MB.")
        return upload
