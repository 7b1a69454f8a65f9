import pytest

from minutebook.search.backends import search

HOSTILE = [
    '"', '"unbalanced', "NEAR(", "NEAR(a b", "*", "**", "AND OR", "OR", "NOT", "-", "^",
    "title:filter", "text:roof", "{title text}: roof", "(((roof", "roof)))", "roof AND (",
    "a" * 5000, "roof " * 1000, "🦓 roof 🏫", "🦓", "'; DROP TABLE search_fts; --",
    "roof & | ! <-> :*", "%", "_", "\\", "\x00roof", "\ue000roof\ue001", "",  "   ",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_return_a_list(forum, meeting_factory, write, approve, viewer_of, query):
    meeting = meeting_factory(forum)
    write(meeting, "The roof (and the gutter) leaks: see NEAR plan.")
    approve(meeting)

    assert isinstance(search(viewer_of(), query), list)


def test_words_inside_junk_still_match(forum, meeting_factory, write, approve, viewer_of):
    meeting = meeting_factory(forum)
    write(meeting, "The roof leaks.")
    approve(meeting)

    assert len(search(viewer_of(), '"roof" NEAR( text:')) == 0  # "near" and "text" are absent
    assert len(search(viewer_of(), '(("roof*')) == 1
    assert search(viewer_of(), "🦓 *** ((") == []


def test_the_page_survives_hostile_input(client, db):
    response = client.get("/search/", {"q": 'NEAR("x', "from": "yesterday", "person": "x"})
    assert response.status_code == 200
