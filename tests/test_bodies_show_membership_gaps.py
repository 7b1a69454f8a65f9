from datetime import date

from minutebook.bodies.models import Area, Membership, Person, Phase, Role, School


def test_a_required_area_with_no_member_is_uncovered(forum, person_factory):
    ash, dun = Area.objects.create(name="Ashcombe"), Area.objects.create(name="Dunholt")
    forum.required_areas.set([ash, dun])
    person_factory("Alan", "Barker", forum, area=ash)
    assert forum.uncovered_areas() == [dun]


def test_a_member_from_a_sub_area_covers_its_district(forum, person_factory):
    dover = Area.objects.create(name="Dunholt")
    sub = Area.objects.create(name="Dunholt, Kestrel Bay and Orme", parent=dover)
    forum.required_areas.set([dover])
    person_factory("Sara", "Kent", forum, area=sub)
    assert forum.uncovered_areas() == []


def test_a_member_whose_term_has_ended_no_longer_covers_the_area(forum):
    ash = Area.objects.create(name="Ashcombe")
    forum.required_areas.set([ash])
    person = Person.objects.create(given_name="Old", family_name="Member")
    Membership.objects.create(person=person, body=forum, area=ash, end=date(2020, 1, 1))
    assert forum.uncovered_areas() == [ash]


def test_a_school_phase_is_covered_by_a_member_from_such_a_school(forum):
    forum.required_phases = [Phase.SECONDARY, Phase.SPECIAL]
    forum.save()
    school = School.objects.create(name="Hill School", phase=Phase.SECONDARY)
    head = Person.objects.create(given_name="Ann", family_name="Head", school=school)
    Membership.objects.create(person=head, body=forum, role=Role.MEMBER)
    assert forum.uncovered_phases() == [Phase.SPECIAL]
