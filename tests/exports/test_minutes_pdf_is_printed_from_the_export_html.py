from export_support import pdf_text


def test_the_pdf_holds_the_body_name_and_the_item_titles(login, circulated):
    client = login("clerk")
    html = client.get(f"/meetings/{circulated.pk}/minutes.html")
    assert html.status_code == 200 and html["Content-Type"].startswith("text/html")
    assert '<table class="minutes">' in html.content.decode()
    pdf = client.get(f"/meetings/{circulated.pk}/minutes.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    text = " ".join(pdf_text(pdf).split())
    assert "Harrowvale Secondary Forum" in text
    titles = [i.title for i in circulated.agenda_items.filter(parent=None)[:4]]
    titles += [i.title for i in circulated.agenda_items.exclude(parent=None)]
    for title in titles:
        assert title.lower() in text.lower()
    assert "Page 1 of" in text
