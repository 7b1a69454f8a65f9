import io

from django.core import mail
from docx import Document

from minutebook.meetings.models import Meeting


def test_the_agenda_goes_to_each_member_with_the_docx_attached(client, demo):
    client.login(username="clerk", password="minutebook-demo")
    meeting = demo.meetings.upcoming().order_by("start").first()
    client.post(f"/meetings/{meeting.pk}/agenda/", {"create": "1"})
    client.post(f"/meetings/{meeting.pk}/agenda/circulate/")
    members = demo.memberships.current().exclude(person__email="").count()
    assert len(mail.outbox) == members
    message = mail.outbox[0]
    assert message.subject.startswith("Agenda: Harrowvale Secondary Forum")
    assert "Matters arising" in message.body
    name, content, mime = message.attachments[0]
    assert name.endswith(".docx") and mime.endswith("wordprocessingml.document")
    text = "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)
    assert "Matters arising" in text or "MATTERS ARISING" in text.upper()
    assert Meeting.objects.get(pk=meeting.pk).agenda_status == "circulated"
