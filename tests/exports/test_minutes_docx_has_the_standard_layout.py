from export_support import docx_of, rows_of

from minutebook.exports.documents import FUTURE_LIMIT


def test_the_minutes_have_the_heading_block_the_action_column_and_a4_pages(login, circulated):
    response = login("clerk").get(f"/meetings/{circulated.pk}/minutes.docx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="harrowvale-secondary-forum-minutes-'
        f'{circulated.start:%Y-%m-%d}.docx"')
    minutes, future = docx_of(response).tables
    rows = rows_of(minutes)
    assert rows[0] == ["MINUTES", "HARROWVALE SECONDARY FORUM\nCirculated to members – not yet "
                       "approved", "ACTION"]
    assert [r[0] for r in rows[1:5]] == ["DATE", "VENUE", "MEMBERS and OFFICERS", "APOLOGIES"]
    assert "Adrian Bellamy (AB)" in rows[3][1]
    dunholt = next(r for r in rows if "Invite Dunholt heads" in r[1])
    assert dunholt == ["MEMBERSHIP CHECK", "ACTION – Invite Dunholt heads to nominate a "
                       "representative.", "AB & DT"]
    assert any(r[1].startswith("RG and HO asked") for r in rows)
    section = docx_of(response).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.header.paragraphs[0].text.startswith("Harrowvale Secondary Forum\t")
    footer = section.footer.paragraphs[0]._p.xml
    assert " PAGE " in footer and " NUMPAGES " in footer


def test_the_future_meetings_table_pairs_executive_and_forum_meetings(login, circulated):
    document = docx_of(login("clerk").get(f"/meetings/{circulated.pk}/minutes.docx"))
    rows = rows_of(document.tables[1])
    assert rows[0] == ["Executive Meeting", "Forum Meeting"]
    later = circulated.body.meetings.filter(start__gt=circulated.start).order_by("start")
    expected = [[f"{m.linked_meeting.start:%-d %B %Y}", f"{m.start:%-d %B %Y}"]
                for m in later[:FUTURE_LIMIT]]
    assert rows[1:] == expected and expected

