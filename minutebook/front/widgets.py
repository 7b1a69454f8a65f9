"""Form widgets."""

import html

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import mark_safe


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
