from minutebook.meetings.models import MinutesStatus


def get(client, url, token):
    return client.get(url, headers={"Authorization": f"Bearer {token}"})


def test_a_member_reads_confidential_entries_of_their_body(client, demo, token_for, canary):
    token = token_for("member")
    meeting = demo.meetings.filter(minutes_status=MinutesStatus.APPROVED).first()

    response = get(client, f"/api/meetings/{meeting.pk}", token)

    assert response.status_code == 200
    assert canary in response.content.decode()
    assert response.json()["withheld_entries"] == 0
    assert any(item["confidential"] for item in response.json()["agenda"])


def test_a_member_reads_circulated_minutes_but_not_the_private_executive(client, demo, token_for):
    token = token_for("member")
    circulated = demo.meetings.get(minutes_status=MinutesStatus.CIRCULATED)

    assert get(client, f"/api/meetings/{circulated.pk}", token).json()["minutes_available"]
    # The member sits on the forum, not on its executive.
    assert get(client, "/api/bodies/harrowvale-secondary-executive", token).status_code == 404


def test_the_clerk_sees_the_private_executive(client, demo, token_for):
    token = token_for("clerk")

    response = get(client, "/api/bodies/harrowvale-secondary-executive", token)

    assert response.status_code == 200
    assert response.json()["parent"] == "harrowvale-secondary-forum"
