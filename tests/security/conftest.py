"""Planted canaries and one login per role, shared by the confidentiality tests."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from pypdf import PdfReader

from minutebook.bodies.models import Body, Membership, Person, Role
from minutebook.meetings.models import (
    Action,
    AgendaItem,
    Decision,
    Meeting,
    MinuteEntry,
)

CONF = "CANARYCONFIDENTIAL"
DRAFT = "CANARYDRAFT"
OTHER = "CANARYOTHERBODY"
ROLES = ["anonymous", "other", "member", "clerk"]
# Which canaries each role is entitled to read.
ENTITLED = {
    "anonymous": set(),
    "other": set(),
    "member": {CONF},
    "clerk": {CONF, DRAFT, OTHER},
}


@pytest.fixture
def planted(demo):
    forum = demo
    executive = Body.objects.get(parent=forum)
    approved = Meeting.objects.filter(body=forum, minutes_status="approved").first()
    secret_item = approved.agenda_items.filter(confidential=True).first()
    draft = Meeting.objects.filter(body=forum).upcoming().order_by("start").first()
    private = Meeting.objects.filter(body=executive).past().first()
    approved.minutes_status = "draft"  # add canaries via a query that skips the lock
    Meeting.objects.filter(pk=approved.pk).update(minutes_status="draft")
    MinuteEntry.objects.create(item=secret_item, text=f"{CONF} names a school", confidential=True)
    open_item = approved.agenda_items.filter(confidential=False).first()
    MinuteEntry.objects.create(item=open_item, text=f"{CONF} aside", confidential=True)
    Action.objects.create(meeting=approved, text=f"{CONF} action", confidential=True)
    Decision.objects.create(meeting=approved, text=f"{CONF} decision", confidential=True)
    Meeting.objects.filter(pk=approved.pk).update(minutes_status="approved")

    Meeting.objects.filter(pk=draft.pk).update(minutes_status="draft")
    # Agenda titles are for members; the draft canary sits in the minutes only.
    item = AgendaItem.objects.create(meeting=draft, title="Transport update", order=1)
    MinuteEntry.objects.create(item=item, text=f"{DRAFT} words")
    Action.objects.create(meeting=draft, text=f"{DRAFT} action")

    item = AgendaItem.objects.create(meeting=private, title=f"{OTHER} item", order=1)
    MinuteEntry.objects.create(item=item, text=f"{OTHER} words")
    Action.objects.create(meeting=private, text=f"{OTHER} action")
    Decision.objects.create(meeting=private, text=f"{OTHER} decision")
    Meeting.objects.filter(pk=private.pk).update(minutes_status="approved")

    outsider = get_user_model().objects.create_user("other", password="minutebook-demo")
    person = Person.objects.create(given_name="Olive", family_name="Outsider", user=outsider,
                                   email="olive@example.org")
    primary = Body.objects.get(slug="harrowvale-primary-executive")
    Membership.objects.create(person=person, body=primary, role=Role.MEMBER)
    return {"forum": forum, "executive": executive, "approved": approved, "draft": draft,
            "private": private, "primary": primary}


@pytest.fixture
def clients(planted):
    made = {"anonymous": Client()}
    for role, username in (("other", "other"), ("member", "member"), ("clerk", "clerk")):
        client = Client()
        assert client.login(username=username, password="minutebook-demo")
        made[role] = client
    return made


def readable_text(response) -> str:
    """What a person could read in a response, whatever its format."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if content.startswith(b"%PDF"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(content)).pages)
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                             if n.endswith(".xml"))
    return content.decode("utf-8", "replace") + kind
