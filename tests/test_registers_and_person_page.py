from minutebook.meetings.models import Decision


def test_the_decisions_register_lists_decisions_the_viewer_may_see(client, demo):
    Decision.objects.create(meeting=demo.meetings.past().first(), text="Secret decision",
                            confidential=True)
    public = client.get("/decisions/").content.decode()
    assert "Minutes of the previous meeting agreed" in public
    assert "Secret decision" not in public
    client.login(username="member", password="minutebook-demo")
    assert "Secret decision" in client.get("/decisions/").content.decode()


def test_the_person_page_shows_memberships_attendance_and_actions(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    chair = demo.memberships.get(role="chair").person
    html = client.get(chair.get_absolute_url()).content.decode()
    assert "Harrowvale Secondary Forum" in html and "Chair" in html
    assert "Write to the transport team about college routes" in html
    assert html.count(">Present<") >= 5


def test_the_dashboard_lists_actions_due_before_the_next_meeting(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    html = client.get("/dashboard/").content.decode()
    section = html.split("Due before the next meeting")[1].split("</section>")[0]
    assert "Invite Dunholt heads" in section


def test_the_body_page_shows_coverage_and_an_attendance_chart(client, demo):
    html = client.get(demo.get_absolute_url()).content.decode()
    coverage = html.split('id="cover-h"')[1].split("</section>")[0]
    assert "Dunholt" in coverage and "Nobody" in coverage
    assert "Secondary schools" in coverage and "Special schools" in coverage
    assert 'aria-label="Adrian Bellamy: present at 5 of 5 meetings' in html
