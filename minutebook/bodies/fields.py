"""Form fields for choosing people."""

from django import forms
from django.forms.models import ModelChoiceIterator

from minutebook.bodies.models import Person
from minutebook.front.widgets import QuickSelect


class PeopleChoices(ModelChoiceIterator):
    """Names straight from the database: building a Person for each of thousands of options
    costs more than the rest of the page."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        rows = self.queryset.order_by("family_name", "given_name", "pk").values_list(
            "pk", "title", "given_name", "family_name")
        for pk, title, given, family in rows:
            # As Person.full_name: title-only names ("Mrs Whittle") stay as written.
            yield (pk, f"{given or title} {family}".strip())


class PersonChoiceField(forms.ModelChoiceField):
    iterator = PeopleChoices
    widget = QuickSelect

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Person.objects.none())
        super().__init__(**kwargs)
