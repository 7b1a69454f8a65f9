"""One row of the action tracker, joined in Python.

The tracker shows a hundred rows a page; through the template engine each cost most of a
millisecond (a dozen variables, filters, four URLs, a form), several times what the page's
queries cost. The markup is the one the row template had.
"""

from django import template
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from minutebook.meetings.models import ActionStatus

register = template.Library()

BAD = ' class="bad"'
TRUNCATE = 110
STATUS_OPTIONS = [(value, label) for value, label in ActionStatus.choices]


def url_maker(name: str):
    """A URL with one number in it, built by substitution: reverse() costs more than the
    rest of a cell."""
    sample = reverse(name, args=[987654321])
    head, _, tail = sample.partition("987654321")
    return lambda pk: f"{head}{int(pk)}{tail}"


@register.simple_tag(takes_context=True)
def action_row(context, a):
    urls = context.render_context.get("tracker_urls")
    if urls is None:
        urls = context.render_context["tracker_urls"] = {
            name: url_maker(name) for name in ("action", "meeting", "action_update")}
    body, meeting = a.meeting.body, a.meeting
    today = context.get("today")
    overdue = a.status == ActionStatus.OPEN and a.due_date and today and a.due_date < today
    tags = ' <span class="conf-tag">Confidential</span>' if a.sealed else ""
    if a.kept_under_review:
        tags += ' <span class="badge">Kept under review</span>'
    error = context.get("error")
    error_html = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    raised = dateformat.format(timezone.localtime(meeting.start), "j M Y")
    text = a.text if len(a.text) <= TRUNCATE else Truncator(a.text).chars(TRUNCATE)
    cells = [
        f'<td><a href="{urls["action"](a.pk)}">{escape(text)}</a>'
        f'{tags}\n    {error_html}</td>',
        f'<td class="owner">{escape(a.owner_label)}</td>',
        body_cell(context, body),
        f'<td><a href="{urls["meeting"](meeting.pk)}">{raised}</a></td>',
        f'<td{BAD if overdue else ""}>{escape(a.due_label)}{" (overdue)" if overdue else ""}</td>',
        f"<td>{status_cell(context, a, urls)}</td>",
    ]
    return mark_safe(f'<tr id="action-{a.pk}">\n  ' + "\n  ".join(cells) + "\n</tr>")


def body_cell(context, body) -> str:
    cells = context.render_context.setdefault("tracker_bodies", {})
    if body.pk not in cells:
        cells[body.pk] = (f'<td><a href="{escape(body.get_absolute_url())}">'
                          f'{escape(body.name)}</a></td>')
    return cells[body.pk]


def status_cell(context, a, urls) -> str:
    if a.meeting.body_id not in context.get("editable", ()):
        return f'<span class="badge">{escape(a.get_status_display())}</span>'
    post = urls["action_update"](a.pk)
    options = "".join(
        f'<option value="{value}"{" selected" if a.status == value else ""}>{label}</option>'
        for value, label in STATUS_OPTIONS)
    csrf = context.get("csrf_token")
    token = (f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf)}">'
             if csrf and csrf != "NOTPROVIDED" else "")
    return (
        f'<form method="post" action="{post}" hx-post="{post}" hx-target="#action-{a.pk}" '
        f'hx-swap="outerHTML" class="update-form">{token}'
        f'<input type="hidden" name="version" value="{a.version}">'
        f'<label class="sr" for="as-{a.pk}">Status of this action</label>'
        f'<select id="as-{a.pk}" name="status">{options}</select>'
        f'<label class="sr" for="an-{a.pk}">Progress note</label>'
        f'<input id="an-{a.pk}" name="note" placeholder="Progress note">'
        '<button type="submit" class="small secondary">Update<span class="sr"> action'
        "</span></button></form>")
