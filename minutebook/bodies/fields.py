"""Form fields for choosing people, and the select they and the body filters render with."""

import html

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.utils import flatatt
from django.utils.safestring import mark_safe

from minutebook.bodies.models import Person


class QuickSelect(forms.Select):
    """A select whose options are joined in Python rather than rendered one template each.

    Django renders every option through its own template, which costs tens of microseconds
    an option; the person lists of a long archive run to thousands of options.
    Flat choices only: no option groups.
    """

    def render(self, name, value, attrs=None, renderer=None):
        final = self.build_attrs(self.attrs, attrs)
        final["name"] = name
        chosen = set(self.format_value(value))
        options = []
        for option_value, label in self.choices:
            key = "" if option_value is None else str(option_value)
            selected = " selected" if key in chosen else ""
            # The standard library's escape, which Django's wraps (its lazy-string check
            # cost more than the escaping, on lists of thousands).
            options.append(f'<option value="{html.escape(key)}"{selected}>'
                           f'{html.escape(str(label))}</option>')
        return mark_safe(f"<select{flatatt(final)}>{''.join(options)}</select>")


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
