from export_support import CANARY, docx_xml, pdf_text


def assert_public(client, meeting, query=""):
    base = f"/meetings/{meeting.pk}/minutes"
    html = client.get(f"{base}.html{query}").content.decode()
    assert CANARY not in html and "Item withheld: confidential." in html
    assert "Public version" in html
    docx = client.get(f"{base}.docx{query}")
    assert docx["Content-Disposition"].endswith('-public.docx"')
    xml = docx_xml(docx)
    assert CANARY not in xml and "Item withheld: confidential." in xml
    assert "Schools causing concern" not in html + xml  # not even the item's title
    return client.get(f"{base}.pdf{query}")


def test_an_anonymous_visitor_gets_the_public_version(client, approved):
    text = pdf_text(assert_public(client, approved))
    assert CANARY not in text and "withheld" in text


def test_a_clerk_can_ask_for_the_public_version_to_publish(login, approved):
    assert_public(login("clerk"), approved, "?version=public")


def test_a_public_agenda_leaves_out_confidential_items_with_a_note(client, approved):
    approved.agenda_status = "circulated"
    approved.save()
    html = client.get(f"/meetings/{approved.pk}/agenda.html").content.decode()
    assert "Item withheld: confidential." in html
    assert "Schools causing concern" not in html
