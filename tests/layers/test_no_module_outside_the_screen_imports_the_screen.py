"""The domain never imports the screen: only minutebook.front imports minutebook.front.

The project's settings and URL configuration name the screen's apps, middleware and URLs as
strings, which Django loads; no module imports it.
"""

from layers_support import imports, sources, within

SCREEN = "minutebook.front"


def screen_imports_outside_the_screen():
    return {name: sorted(i for i in imports(name) if within(i, SCREEN))
            for name in sources() if not within(name, SCREEN)}


def test_no_module_outside_the_screen_imports_the_screen():
    found = {name: screen for name, screen in screen_imports_outside_the_screen().items() if screen}
    assert found == {}


def test_the_check_reads_the_whole_package_and_finds_the_screen_importing_itself():
    names = sources()
    assert {"minutebook.meetings.tracker", "minutebook.exports.documents",
            "minutebook.bodies.fields", "minutebook.search.forms"} <= names.keys()
    # The screen does import itself, so an import of it is seen where there is one.
    assert any(within(i, SCREEN) for i in imports("minutebook.front.urls"))
