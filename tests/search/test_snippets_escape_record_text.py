from minutebook.search.backends import search


def test_script_in_minutes_is_escaped_around_the_mark(forum, meeting_factory, write, approve,
                                                      viewer_of, client):
    meeting = meeting_factory(forum)
    write(meeting, 'Pasted <script>alert("x")</script> into the heron <b>report</b> & more.',
          title="<img src=x onerror=alert(1)>")
    approve(meeting)

    [hit] = search(viewer_of(), "heron")
    assert "<script>" not in hit.snippet and "<b>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>heron</mark>" in hit.snippet

    page = client.get("/search/", {"q": "heron"}).content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "<mark>heron</mark>" in page
