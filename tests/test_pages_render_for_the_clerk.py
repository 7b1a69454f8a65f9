from minutebook.meetings.models import Meeting


def test_the_dashboard_shows_next_meetings_overdue_actions_and_gaps(client, demo):
    assert client.get("/dashboard/").status_code == 302  # login first
    client.login(username="clerk", password="minutebook-demo")
    html = client.get("/dashboard/").content.decode()
    assert "Next meetings" in html and "Harrowvale Secondary Forum" in html
    assert "Overdue actions" in html and "due " in html
    assert "Dunholt" in html


def test_the_body_page_shows_members_gap_next_meeting_and_open_actions(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    html = client.get(demo.get_absolute_url()).content.decode()
    assert "Membership gap" in html and "Dunholt" in html
    assert "Adrian Bellamy" in html and "Chair" in html
    assert "Invite Dunholt heads" in html
    assert "AB &amp; DT" in html
    assert "Directors" in html


def test_the_meeting_page_shows_attendance_items_speakers_and_action_owners(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    meeting = Meeting.objects.filter(body=demo).past().first()
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Present:" in html and "Apologies:" in html
    assert 'title="Rachel Tandy"' in html
    assert "Forum follow-up and extended discussion" in html
    assert "Schools causing concern" in html and "formal support" in html
    assert "AB &amp; DT" in html


def test_the_login_page_and_home_page_render(client, demo):
    assert client.get("/accounts/login/").status_code == 200
    assert "Harrowvale Secondary Forum" in client.get("/").content.decode()


def test_the_person_and_action_pages_render(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    action = demo.meetings.past().last().actions.first()
    assert client.get(action.get_absolute_url()).status_code == 200
    person = action.owners.first()
    assert person.full_name in client.get(person.get_absolute_url()).content.decode()
