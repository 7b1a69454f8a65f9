from conftest import open_entry
from django.db import connection
from django.test.utils import CaptureQueriesContext

from minutebook.bodies.models import Membership
from minutebook.meetings.models import Action, MinuteEntry
from minutebook.pagecache.models import current


def visit(browser, url):
    with CaptureQueriesContext(connection) as queries:
        page = browser.get(url)
    return page.content.decode() if page.status_code == 200 else page.status_code, len(queries)


def kept(browser, url):
    """Visit until the page comes from the cache (a signed-in browser's first visit is not
    kept: it is the one that hands the browser its CSRF cookie)."""
    for _ in range(3):
        page, queries = visit(browser, url)
        if queries <= 3:  # the session, the user and the generation; building takes dozens
            return page
    raise AssertionError(f"{url} was never served from the cache")


def test_the_second_visit_is_served_without_building_the_page_again(client, approved):
    first, built = visit(client, approved.get_absolute_url())
    again, served = visit(client, approved.get_absolute_url())
    assert again == first
    assert served <= 1 < built  # at most the generation is read


def test_a_saved_entry_shows_at_once(member, circulated):
    kept(member, circulated.get_absolute_url())
    entry = open_entry(circulated)
    entry.text = "Members welcomed the new transport timetable."
    entry.save()
    assert entry.text in visit(member, circulated.get_absolute_url())[0]


def test_an_action_made_confidential_leaves_the_public_tracker_at_once(client, demo):
    action = Action.objects.filter(meeting__body=demo, text__contains="banding tables").get()
    assert "banding tables" in kept(client, "/actions/?status=all")
    action.confidential = True
    action.save()
    assert "banding tables" not in visit(client, "/actions/?status=all")[0]


def test_a_member_who_leaves_the_body_loses_its_minutes_at_once(member, circulated):
    text = open_entry(circulated).text[:40]
    assert text in kept(member, circulated.get_absolute_url())
    Membership.objects.filter(person__user__username="member", body=circulated.body).delete()
    page = visit(member, circulated.get_absolute_url())[0]
    assert page == 404 or text not in page


def test_a_bulk_update_shows_at_once(member, circulated):
    kept(member, circulated.get_absolute_url())
    # queryset.update() sends no model signal; the SQL it sends is what counts.
    MinuteEntry.objects.filter(pk=open_entry(circulated).pk).update(text="Rewritten in bulk.")
    assert "Rewritten in bulk." in visit(member, circulated.get_absolute_url())[0]


def test_a_post_that_writes_nothing_keeps_every_page(client, approved):
    kept(client, approved.get_absolute_url())
    before = current()
    client.post("/search/", {"q": "transport"})
    assert current() == before
    assert visit(client, approved.get_absolute_url())[1] <= 1


def test_a_search_page_follows_the_same_rule(member, circulated):
    word = "xylophonists"
    assert "attended" not in kept(member, f"/search/?q={word}")
    entry = open_entry(circulated)
    entry.text = f"The {word} attended."
    entry.save()
    assert "attended" in visit(member, f"/search/?q={word}")[0]
