from minutebook.api.models import ApiToken


def test_a_member_of_another_body_sees_no_confidential_text_anywhere(crawl, outsider, canary):
    _, token = ApiToken.objects.issue(outsider)

    seen = crawl(token)

    assert not any(canary in text for text in seen)


def test_a_member_of_another_body_does_not_see_the_private_body(client, outsider):
    _, token = ApiToken.objects.issue(outsider)

    response = client.get("/api/bodies/harrowvale-secondary-executive",
                          headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 404
