"""minutebook.minutes and minutebook.themes import nothing from Django, even inside a function,
nor any other part of minutebook that could bring it in."""

from layers_support import imports, sources, within

CORES = ("minutebook.minutes", "minutebook.themes")


def in_a_core(name: str) -> bool:
    return any(within(name, core) for core in CORES)


def test_the_pure_cores_import_nothing_from_django():
    found = {name: sorted(i for i in imports(name) if within(i, "django"))
             for name in sources() if in_a_core(name)}
    assert {name: django for name, django in found.items() if django} == {}


def test_the_pure_cores_import_nothing_from_the_rest_of_minutebook():
    found = {name: sorted(i for i in imports(name) if within(i, "minutebook") and not in_a_core(i))
             for name in sources() if in_a_core(name)}
    assert {name: rest for name, rest in found.items() if rest} == {}


def test_the_check_sees_the_cores_and_their_imports():
    cores = [name for name in sources() if in_a_core(name)]
    assert "minutebook.minutes.parser" in cores and "minutebook.themes.report" in cores
    assert "minutebook.themes.report" in imports("minutebook.themes.docx_render")
    # Outside the cores Django is imported, and the check sees it.
    assert any(within(i, "django") for i in imports("minutebook.bodies.fields"))
