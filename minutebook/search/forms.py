from django import forms

from minutebook.bodies.fields import PersonChoiceField, QuickSelect
from minutebook.bodies.models import Body, Person
from minutebook.search.models import Kind

DATE = forms.DateInput({"type": "date"}, format="%Y-%m-%d")


class SearchForm(forms.Form):
    q = forms.CharField(label="Search for", required=False, max_length=500)
    body = forms.ModelChoiceField(
        label="Body", queryset=Body.objects.none(), required=False, to_field_name="slug",
        empty_label="All bodies", widget=QuickSelect,
    )
    person = PersonChoiceField(label="Person", required=False, empty_label="Anyone")
    date_from = forms.DateField(label="From", required=False, widget=DATE)
    date_to = forms.DateField(label="To", required=False, widget=DATE)
    kind = forms.MultipleChoiceField(
        label="Kinds", choices=Kind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, data, viewer):
        super().__init__(data)
        bodies = viewer.bodies(Body.objects.all())
        self.fields["body"].queryset = bodies
        # Only people who sit on a body the viewer can see, as on the person pages.
        self.fields["person"].queryset = Person.objects.filter(
            memberships__body__in=bodies
        ).distinct()

    def add_prefix(self, field_name):
        # The address says ?from=…&to=…; Python cannot name a field "from".
        return {"date_from": "from", "date_to": "to"}.get(field_name, field_name)
