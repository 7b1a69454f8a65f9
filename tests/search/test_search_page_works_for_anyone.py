from minutebook.search.backends import search


def test_anonymous_visitors_get_a_labelled_form_and_public_results(client, forum,
                                                                   meeting_factory, write,
                                                                   approve):
    meeting = meeting_factory(forum)
    write(meeting, "Swimming lessons for year four.")
    approve(meeting)

    page = client.get("/search/", {"q": "swimming", "body": "test-forum", "kind": "entry"})
    html = page.content.decode()

    assert page.status_code == 200
    for field in ("q", "body", "person", "from", "to"):
        assert f'for="id_{field}"' in html and f'id="id_{field}"' in html
    assert "<mark>Swimming</mark>" in html and "Confidential</span>" not in html
    assert meeting.get_absolute_url() in html
    assert "Test Forum" in html


def test_an_empty_query_shows_the_form_only(client, db):
    page = client.get("/search/")
    assert page.status_code == 200
    assert "result" not in page.content.decode()


def test_the_demo_member_finds_more_than_the_public(demo, client, viewer_of):
    client.login(username="member", password="minutebook-demo")
    member_page = client.get("/search/", {"q": "school"}).content.decode()
    public = search(viewer_of(), "school")

    assert member_page.count("<li>") > len(public)
