from minutebook.bodies.models import Body
from minutebook.search.backends import search


def test_confidential_text_never_reaches_the_public_or_another_body(forum, meeting_factory,
                                                                   write, approve, viewer_of,
                                                                   client):
    meeting = meeting_factory(forum)
    secret = write(meeting, "Plan to close Zebrafield school was discussed.", confidential=True)
    write(meeting, "Plan for the summer fair.")
    write(meeting, "Plan for Quaggaton governors.", item_confidential=True)
    approve(meeting)
    neighbour = Body.objects.create(name="Neighbour Forum", slug="neighbour")
    member, stranger, public = viewer_of(forum, name="m"), viewer_of(neighbour, name="s"), viewer_of()

    [hit] = search(member, "zebrafield")
    assert hit.object_id == secret.pk
    assert len(search(member, "plan")) == 3
    for outsider in (public, stranger):
        assert search(outsider, "zebrafield") == []
        assert search(outsider, "quaggaton") == []
        hits = search(outsider, "plan")
        assert len(hits) == 1
        assert not any("Zebrafield" in h.snippet or "Quaggaton" in h.snippet for h in hits)

    page = client.get("/search/", {"q": "plan"}).content.decode()
    assert "1 result" in page and "Zebrafield" not in page and "Quaggaton" not in page


def test_a_private_body_is_searched_by_its_members_only(board, meeting_factory, write, approve,
                                                        viewer_of, forum):
    meeting = meeting_factory(board)
    write(meeting, "Budget for the Okapi project.")
    approve(meeting)

    assert len(search(viewer_of(board, name="insider"), "okapi")) == 1
    assert search(viewer_of(forum, name="outsider"), "okapi") == []
    assert search(viewer_of(), "okapi") == []
