from django import forms

from minutebook.meetings.models import (
    ActionStatus,
    AgendaItem,
    AttendanceStatus,
    EntryKind,
    ItemKind,
    Meeting,
)


class MeetingForm(forms.ModelForm):
    start = forms.DateTimeField(
        label="Date and time", widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    class Meta:
        model = Meeting
        fields = ["kind", "start", "venue", "title"]


class ItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["number", "title", "kind", "parent", "confidential"]

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = meeting.agenda_items.filter(parent=None)
        self.fields["parent"].required = False
        self.fields["kind"].initial = ItemKind.SUBSTANTIVE


class EntryForm(forms.Form):
    kind = forms.ChoiceField(choices=EntryKind.choices, initial=EntryKind.DISCUSSION)
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=20_000)
    speakers = forms.CharField(
        required=False, max_length=200, help_text='Initials or names, e.g. "RG and PL".'
    )
    owners = forms.CharField(
        required=False, max_length=200,
        help_text='For actions: members\' initials or a group, e.g. "AB & DT" or "Directors".',
    )
    due_date = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    due_next_meeting = forms.BooleanField(required=False, label="Due by the next meeting")
    confidential = forms.BooleanField(required=False)
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if data.get("kind") == EntryKind.ACTION and data.get("due_date") and data.get(
            "due_next_meeting"
        ):
            raise forms.ValidationError("Give a due date or 'by the next meeting', not both.")
        return data


class AttendanceForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "Not recorded"), *AttendanceStatus.choices], required=False
    )


class GuestForm(forms.Form):
    name = forms.CharField(max_length=200, label="Name")
    status = forms.ChoiceField(choices=AttendanceStatus.choices, initial="in_attendance")


class ActionUpdateForm(forms.Form):
    status = forms.ChoiceField(choices=ActionStatus.choices)
    note = forms.CharField(required=False, max_length=2000, label="Progress note")
    version = forms.IntegerField(widget=forms.HiddenInput)
