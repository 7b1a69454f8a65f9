from django.apps import apps

from minutebook.opendata.popolo import export_body, import_body

DOMAIN_APPS = ("bodies", "meetings")


def snapshot() -> dict:
    """Every row of the domain tables, as stored."""
    return {
        model._meta.label: sorted(model.objects.values_list(), key=repr)
        for name in DOMAIN_APPS for model in apps.get_app_config(name).get_models()
    }


def test_importing_a_body_over_itself_writes_nothing(workspace, all_bodies):
    files = [export_body(b) for b in all_bodies()]
    before = snapshot()

    for data in files:
        import_body(data)

    assert snapshot() == before


def test_importing_the_same_files_twice_into_an_empty_database_gives_one_copy(
    workspace, empty_database, all_bodies
):
    files = [export_body(b) for b in all_bodies()]
    empty_database()
    for data in files:
        import_body(data)
    once = snapshot()

    for data in files:
        import_body(data)

    assert snapshot() == once
