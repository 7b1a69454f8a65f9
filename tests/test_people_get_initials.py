from minutebook.bodies.models import Person, initials_of


def test_it_makes_initials_from_given_and_family_name():
    assert initials_of("Alan", "Barham") == "AB"


def test_it_uses_only_the_first_given_name_and_each_part_of_a_double_barrelled_family_name():
    assert initials_of("Mary Anne", "Lloyd-Webb") == "MLW"


def test_a_title_only_name_has_no_initials_and_is_kept_as_written(db):
    person = Person.objects.create(title="Mrs", family_name="Whitcombe")
    assert person.initials == ""
    assert person.full_name == "Mrs Whitcombe"


def test_initials_are_filled_on_save_but_an_explicit_value_wins(db):
    assert Person.objects.create(given_name="Ravi", family_name="Gill").initials == "RG"
    assert Person.objects.create(given_name="Ravi", family_name="Gill", initials="RGX").initials == "RGX"
