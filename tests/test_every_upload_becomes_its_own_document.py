"""Each upload is hashed from the bytes read: two different files are two documents, and
the same file again is recognised as uploaded before."""

from django.core.files.uploadedfile import SimpleUploadedFile

from minutebook.documents.models import Document

FIRST = b"Harrowvale Secondary Forum\nMinutes of 4 March 2020\nPresent: Ravi Gill\n\n1. Buildings\nNoted.\n"
SECOND = FIRST.replace(b"4 March 2020", b"6 May 2020")


def upload(client, slug, name, data):
    return client.post(f"/bodies/{slug}/import/", {"file": SimpleUploadedFile(name, data)})


def test_two_different_files_make_two_documents_and_the_same_one_again_none(demo, client):
    client.login(username="clerk", password="minutebook-demo")
    first = upload(client, demo.slug, "a.txt", FIRST)
    second = upload(client, demo.slug, "b.txt", SECOND)
    assert first.status_code == second.status_code == 302
    docs = list(Document.objects.order_by("pk"))
    assert [d.original_name for d in docs] == ["a.txt", "b.txt"]
    assert docs[0].sha256 != docs[1].sha256
    assert docs[1].parsed["date"] == "2020-05-06"
    again = upload(client, demo.slug, "a-copy.txt", FIRST)
    assert again.url == f"/documents/{docs[0].pk}/"
    assert Document.objects.count() == 2
