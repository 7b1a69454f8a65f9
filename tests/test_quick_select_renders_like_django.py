"""QuickSelect must give the browser the same select Django's own widget would."""

import re

from django import forms

from minutebook.bodies.fields import QuickSelect

CHOICES = [("", "Anyone"), (1, "Ada <Quarry> & Co"), (2, 'Ben "Bo" Ruiz'), (10, "Cy")]


def options(html):
    """(value, selected, label) of each option, whatever the attribute order and spacing."""
    found = re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', html)
    return [(value, bool(selected), label) for value, selected, label in found]


def test_it_marks_the_same_option_selected_and_escapes_alike():
    ours = QuickSelect(choices=CHOICES).render("owner", 10, {"id": "id_owner"})
    django = forms.Select(choices=CHOICES).render("owner", 10, {"id": "id_owner"})
    assert options(ours) == options(django)
    assert [o for o in options(ours) if o[1]] == [("10", True, "Cy")]
    assert "&lt;Quarry&gt; &amp; Co" in ours and "Ben &quot;Bo&quot; Ruiz" in ours


def test_it_keeps_the_name_and_attributes():
    html = QuickSelect(attrs={"class": "wide"}).render("body", None, {"id": "id_body"})
    assert html.startswith("<select") and 'name="body"' in html and 'id="id_body"' in html
    assert 'class="wide"' in html


def test_a_bound_form_shows_the_chosen_value():
    class F(forms.Form):
        who = forms.ChoiceField(choices=CHOICES, required=False, widget=QuickSelect)

    html = str(F({"who": "2"})["who"])
    assert [o for o in options(html) if o[1]] == [("2", True, 'Ben &quot;Bo&quot; Ruiz')]
