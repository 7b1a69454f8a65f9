from django.db import connection
from django.test.utils import CaptureQueriesContext


def test_a_signed_in_page_loads_the_user_and_their_person_in_one_query(client, demo):
    assert client.login(username="member", password="minutebook-demo")
    with CaptureQueriesContext(connection) as captured:
        page = client.get("/decisions/").content.decode()  # a page that is never kept
    people = [q["sql"] for q in captured.captured_queries
              if 'FROM "bodies_person"' in q["sql"] and "auth_user" not in q["sql"]]
    assert not [sql for sql in people if '"bodies_person"."user_id" =' in sql]
    assert "Log out" in page


def test_a_user_without_a_person_still_signs_in(client, django_user_model):
    django_user_model.objects.create_user("visitor", password="a long passphrase")
    assert client.login(username="visitor", password="a long passphrase")
    assert "visitor" in client.get("/decisions/").content.decode()
