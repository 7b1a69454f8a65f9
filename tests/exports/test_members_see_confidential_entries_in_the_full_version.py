from export_support import CANARY, docx_xml


def test_a_member_reads_confidential_entries_and_items_marked_as_such(login, approved):
    client = login("member")
    html = client.get(f"/meetings/{approved.pk}/minutes.html").content.decode()
    assert CANARY in html and "Confidential – members only" in html
    assert "Item withheld" not in html and "Public version" not in html
    docx = client.get(f"/meetings/{approved.pk}/minutes.docx")
    assert docx["Content-Disposition"].endswith(f'{approved.start:%Y-%m-%d}.docx"')
    xml = docx_xml(docx)
    assert CANARY in xml and "CONFIDENTIAL" in xml
    html = client.get(f"/meetings/{approved.pk}/agenda.html").content.decode()
    assert "Schools causing concern" in html and "Confidential – members only" in html
