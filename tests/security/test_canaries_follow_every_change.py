"""Random sequences of a clerk's changes (items and sub-items, entries of every kind, marks
and unmarks at any level, moves, circulation, approval, amendment, an imported document,
points taken into a consultation), then every channel swept as every role. Each canary
appears exactly where its reader is entitled to it: never elsewhere, and on the meeting's
page where they are.

The test keeps its own model of who is entitled to what, worked out from the marks it made,
and never reads the project's `sealed` flags to decide it.
"""

import os
import re
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from minutebook.bodies.models import Body, Membership
from minutebook.consultations.models import Consultation
from minutebook.documents.importer import import_bytes
from minutebook.meetings.models import Meeting, MinuteEntry

from .conftest import ROLES
from .sweep import public_export, seen_by, urls_for

# `make fuzz` sets FUZZ_EXAMPLES; the test gate draws fixed sequences, fewer of them where
# every channel is swept at the end.
FUZZ = int(os.environ.get("FUZZ_EXAMPLES", "0"))
EXAMPLES, SWEPT = max(FUZZ // 50, 12), max(FUZZ // 250, 2)
KINDS = ["discussion", "action", "decision", "note"]


class ClerkAtWork(RuleBasedStateMachine):
    items = Bundle("items")
    entries = Bundle("entries")

    def __init__(self):
        super().__init__()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()  # each sequence is rolled back at its end
        self.n = 0
        self.item_rows: dict[int, dict] = {}
        self.entry_rows: dict[int, dict] = {}
        self.tokens: dict[str, tuple] = {}  # token -> ("item" | "entry", pk)
        self.imported: dict[str, tuple[int, bool]] = {}  # token -> (meeting pk, confidential)

    SWEEP = False  # the sweep of every channel, or only the stored flags after each step

    def teardown(self):
        try:
            if self.SWEEP:
                self.sweep()
        finally:
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)

    def token(self, kind: str) -> str:
        self.n += 1
        return f"CANARY{kind}{self.n}"

    @staticmethod
    def beside(token: str) -> str:
        """A word written beside a canary, to search by: the search page repeats its query."""
        return "beside" + "".join(chr(ord("a") + int(d)) for d in re.sub(r"\D", "", token))

    @initialize()
    def meetings(self):
        ctx = CONTEXT
        self.clerk = ctx["clients"]["clerk"]
        when = timezone.now() - timedelta(days=3)
        self.meeting_rows = {}
        for body in (ctx["forum"], ctx["executive"]):
            meeting = Meeting.objects.create(body=body, start=when, status="held")
            self.meeting_rows[meeting.pk] = {"body": body, "status": "none"}

    # What the test believes, from its own records.

    def item_sealed(self, pk, seen=()) -> bool:
        row = self.item_rows[pk]
        if row["marked"]:
            return True
        parent = row["parent"]
        return parent is not None and parent not in seen and self.item_sealed(parent, (*seen, pk))

    def entry_sealed(self, pk) -> bool:
        row = self.entry_rows[pk]
        return row["marked"] or self.item_sealed(row["item"])

    def status(self, meeting_pk) -> str:
        return self.meeting_rows[meeting_pk]["status"]

    def entitled(self, role, token) -> bool:
        if token in self.imported:
            meeting, secret = self.imported[token]
            body, status, kind = CONTEXT["forum"], "approved", "entry"
        else:
            kind, pk = self.tokens[token]
            row = self.item_rows[pk] if kind == "item" else self.entry_rows[pk]
            kind = "entry" if kind == "amendment" else kind
            meeting = row["meeting"]
            body, status = self.meeting_rows[meeting]["body"], self.status(meeting)
            secret = self.item_sealed(pk) if kind == "item" else self.entry_sealed(pk)
        if role == "clerk":
            return True
        if body.pk in CONTEXT["member_of"][role]:
            # Members read their bodies' agenda titles at any stage, minutes once circulated.
            return kind == "item" or status in ("circulated", "approved")
        return body.is_public and status == "approved" and not secret

    def editable(self, meeting_pk) -> bool:
        return self.status(meeting_pk) != "approved"

    # The clerk's operations, through the pages a clerk uses.

    @rule(target=items, which=st.sampled_from(["forum", "executive"]), marked=st.booleans())
    def add_item(self, which, marked):
        meeting = next(pk for pk, row in self.meeting_rows.items()
                       if row["body"] == CONTEXT[which])
        if not self.editable(meeting):
            return None
        token = self.token("ITEM")
        data = {"title": f"{token} {self.beside(token)}", "kind": "substantive"}
        if marked:
            data["confidential"] = "on"
        self.clerk.post(f"/meetings/{meeting}/items/", data)
        item = Meeting.objects.get(pk=meeting).agenda_items.get(title=data["title"])
        self.item_rows[item.pk] = {"meeting": meeting, "parent": None, "marked": marked,
                                   "title": data["title"]}
        self.tokens[token] = ("item", item.pk)
        return item.pk

    @rule(target=entries, item=items, kind=st.sampled_from(KINDS), marked=st.booleans())
    def add_entry(self, item, kind, marked):
        if item is None or not self.editable(self.item_rows[item]["meeting"]):
            return None
        token = self.token("ENTRY")
        data = {"kind": kind, "text": f"{token} {self.beside(token)}", "owners": "CI" if kind == "action" else ""}
        if marked:
            data["confidential"] = "on"
        self.clerk.post(f"/items/{item}/entries/", data)
        entry = MinuteEntry.objects.get(text=data["text"])
        meeting = self.item_rows[item]["meeting"]
        self.entry_rows[entry.pk] = {"item": item, "marked": marked, "meeting": meeting}
        self.tokens[token] = ("entry", entry.pk)
        if self.status(meeting) == "none":
            self.meeting_rows[meeting]["status"] = "draft"
        return entry.pk

    @rule(target=items, which=st.sampled_from(["forum", "executive"]), marked=st.booleans(),
          written=st.lists(st.tuples(st.sampled_from(KINDS), st.booleans()), min_size=1,
                           max_size=3))
    def write_an_item_with_entries(self, which, marked, written):
        item = self.add_item(which, marked)
        for kind, secret in written:
            self.add_entry(item, kind, secret)
        return item

    def post_item(self, pk, row):
        data = {"title": row["title"], "kind": "substantive"}
        if row["parent"]:
            data["parent"] = row["parent"]
        if row["marked"]:
            data["confidential"] = "on"
        self.clerk.post(f"/items/{pk}/", data)

    @rule(item=items)
    def mark_or_unmark_item(self, item):
        if item is None or not self.editable(self.item_rows[item]["meeting"]):
            return
        row = self.item_rows[item]
        row["marked"] = not row["marked"]
        self.post_item(item, row)

    @rule(entry=entries)
    def mark_or_unmark_entry(self, entry):
        if entry is None or not self.editable(self.entry_rows[entry]["meeting"]):
            return
        row = self.entry_rows[entry]
        row["marked"] = not row["marked"]
        current = MinuteEntry.objects.get(pk=entry)
        data = {"kind": current.kind, "text": current.text, "version": current.version}
        if row["marked"]:
            data["confidential"] = "on"
        self.clerk.post(f"/entries/{entry}/", data)

    @rule(item=items, under=items)
    def move_item_under_another(self, item, under):
        """Through the page, under a top-level item; else as a bulk update would do it."""
        if item is None or under is None or item == under:
            return
        row, target = self.item_rows[item], self.item_rows[under]
        if row["meeting"] != target["meeting"] or not self.editable(row["meeting"]):
            return
        walk, seen = under, set()
        while walk is not None and walk not in seen:  # no item may sit within itself
            if walk == item:
                return
            seen.add(walk)
            walk = self.item_rows[walk]["parent"]
        row["parent"] = under
        if target["parent"] is None:
            self.post_item(item, row)
        else:
            from minutebook.meetings.models import AgendaItem

            AgendaItem.objects.filter(pk=item).update(parent=under)

    @rule(item=consumes(items))
    def move_item_to_the_top(self, item):
        if item is None or not self.editable(self.item_rows[item]["meeting"]):
            return
        row = self.item_rows[item]
        row["parent"] = None
        self.post_item(item, row)

    @rule(which=st.sampled_from(["forum", "executive"]),
          to=st.sampled_from(["circulated", "approved"]))
    def circulate_or_approve(self, which, to):
        meeting = next(pk for pk, row in self.meeting_rows.items()
                       if row["body"] == CONTEXT[which])
        steps = {"draft": ["circulated", "approved"], "circulated": ["approved"]}
        for status in steps.get(self.status(meeting), []):
            self.clerk.post(f"/meetings/{meeting}/minutes/status/", {"status": status})
            self.meeting_rows[meeting]["status"] = status
            if status == to:
                break

    @invariant()
    def stored_flags_agree_with_the_marks(self):
        """Cheap, after every step; the sweep at the end reads what the channels show."""
        from minutebook.meetings.models import Action, AgendaItem, Decision

        for pk, sealed in AgendaItem.objects.filter(pk__in=self.item_rows).values_list(
                "pk", "sealed"):
            assert sealed == self.item_sealed(pk), ("item", pk)
        for pk, sealed in MinuteEntry.objects.filter(pk__in=self.entry_rows).values_list(
                "pk", "sealed"):
            assert sealed == self.entry_sealed(pk), ("entry", pk)
        for model in (Action, Decision):
            for entry, sealed in model.objects.filter(entry__in=self.entry_rows).values_list(
                    "entry_id", "sealed"):
                assert sealed == self.entry_sealed(entry), (model.__name__, entry)

    @precondition(lambda self: any(row["status"] == "approved"
                                   for row in self.meeting_rows.values()))
    @rule(entry=entries)
    def amend_approved_minutes(self, entry):
        if entry is None or self.editable(self.entry_rows[entry]["meeting"]):
            return
        token = self.token("ENTRY")
        self.clerk.post(f"/entries/{entry}/amend/", {"text": f"{token} {self.beside(token)}",
                                                     "reason": "A correction"})
        # The amended words go wherever the entry goes.
        self.tokens[token] = ("amendment", entry)

    @rule(secret=st.booleans())
    def import_a_document(self, secret):
        open_token, action_token = self.token("IMPORT"), self.token("IMPORT")
        self.n += 1
        day = (timezone.localdate() - timedelta(days=400 + self.n)).strftime("%-d %B %Y")
        second = ("2. Staffing\nThe staffing report is confidential.\n" if secret
                  else "2. Staffing\nThe staffing report was noted.\n")
        text = (f"Harrowvale Secondary Forum\nMinutes of the meeting held on {day}\n\n"
                f"Present: Clare Ingram (Clerk)\n\n1. Buildings\n{open_token} "
                f"{self.beside(open_token)} was discussed.\n\n"
                f"{second}ACTION: {action_token} {self.beside(action_token)} to be followed "
                "up. CI\n")
        outcome = import_bytes(text.encode(), f"minutes-{self.n}.txt", CONTEXT["forum"])
        assert outcome.status == "imported", outcome
        self.imported[open_token] = (outcome.meeting.pk, False)
        self.imported[action_token] = (outcome.meeting.pk, secret)

    @rule(item=items)
    def take_points_into_the_consultation(self, item):
        if item is None:
            return
        paper = Consultation.objects.get()
        body = self.meeting_rows[self.item_rows[item]["meeting"]]["body"]
        if not paper.bodies.filter(pk=body.pk).exists():
            paper.bodies.add(body)
        # The points repeat their entries' words, so they carry the entries' canaries.
        self.clerk.post(f"/consultations/{paper.pk}/bodies/{body.slug}/points/",
                        {"item": item})

    def sweep(self):
        meetings = list(Meeting.objects.filter(
            pk__in=[*self.meeting_rows, *(m for m, _ in self.imported.values())]))
        tokens = set(self.tokens) | set(self.imported)
        urls = urls_for(meetings, {self.beside(t) for t in tokens})
        STATS["sweeps"] += 1
        STATS["requests"] += len(urls) * len(ROLES)
        STATS["largest_sweep_urls"] = max(STATS["largest_sweep_urls"], len(urls))
        STATS["canaries"] += len(tokens)
        for role in ROLES:
            seen = seen_by(CONTEXT["clients"][role], urls)
            for token, where in seen.items():
                if token in tokens:
                    assert self.entitled(role, token), f"{role} read {token} at {sorted(where)}"
            for token in tokens:
                kind = self.tokens.get(token, ("entry",))[0]
                if kind == "entry" and self.entitled(role, token):
                    assert token in seen, f"{role} is entitled to {token} but never saw it"
        for token in public_export(CONTEXT["tmp_path"]):
            if token in tokens:
                assert self.entitled("anonymous", token), f"public export holds {token}"

CONTEXT: dict = {}
# What the sweeps covered, written to test-artifacts/ for the README's security figures.
STATS = {"sweeps": 0, "requests": 0, "largest_sweep_urls": 0, "canaries": 0, "leaks": 0}


@pytest.fixture
def context(planted, clients, tmp_path):
    from django.contrib.auth import get_user_model

    member_of = {"anonymous": set()}
    for role, name in (("other", "other"), ("member", "member"), ("clerk", "clerk")):
        user = get_user_model().objects.get(username=name)
        member_of[role] = set(Membership.objects.filter(person__user=user).current()
                              .values_list("body_id", flat=True))
    CONTEXT.update(forum=planted["forum"], executive=Body.objects.get(pk=planted["executive"].pk),
                   clients=clients, member_of=member_of, tmp_path=tmp_path)
    yield CONTEXT
    CONTEXT.clear()


class ClerkAtWorkSwept(ClerkAtWork):
    SWEEP = True


def run(machine, examples):
    run_state_machine_as_test(machine, settings=settings(
        max_examples=examples, stateful_step_count=12, deadline=None,
        suppress_health_check=list(HealthCheck)))


def test_stored_confidentiality_follows_every_change(context):
    run(ClerkAtWork, EXAMPLES)


def test_every_canary_is_read_exactly_where_its_reader_is_entitled(context):
    import json
    from pathlib import Path

    run(ClerkAtWorkSwept, SWEPT)
    out = Path("test-artifacts")
    out.mkdir(exist_ok=True)
    (out / "security-sweep.json").write_text(json.dumps(
        {**STATS, "sequences": SWEPT, "roles": ROLES}, indent=2))
