"""Full-text search over minutes, actions, decisions and consultation points.

One entry point, search(), for both databases: FTS5 on SQLite, tsvector/tsquery on
PostgreSQL. Visibility and filters are one Django queryset, compiled to SQL and checked for each match
inside the full-text query, so nothing the viewer may not see is ever ranked, counted or
quoted in a snippet. Only the newest RANK_WITHIN readable matches are ranked.
"""

import html
import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models.expressions import RawSQL
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from minutebook.consultations.models import Point
from minutebook.search.indexing import MARK_END, MARK_START
from minutebook.search.models import Kind, SearchDocument

MAX_TERMS = 12
MAX_TERM_LENGTH = 60
# How many matches are ranked at most: the newest this many the viewer may read (by when
# they were indexed). Ranking every match of a common word cost a page hundreds of ms on a
# 20-year archive; older matches are reached by narrowing the words, dates or body.
RANK_WITHIN = 1000


@dataclass
class Hit:
    kind: str
    object_id: int
    title: str
    url: str
    snippet: SafeString
    meeting_date: date | None
    body_name: str
    rank: float
    confidential: bool = False

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label


def terms(query: str) -> list[str]:
    """The words of what the user typed; no operator, quote or bracket ever reaches the engine."""
    words = re.findall(r"[^\W_]+", (query or "")[:2000])
    return [w[:MAX_TERM_LENGTH].lower() for w in words[:MAX_TERMS]]


def highlight(snippet: str) -> SafeString:
    return mark_safe(
        escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    )


class SQLiteBackend:
    # What the visibility check is correlated with: the match being looked at.
    ROW = "search_fts.rowid"

    def ranked(self, visible_sql, visible_params, words, limit):
        # Every word quoted (a literal, never an operator); the last one also as a prefix.
        match = " ".join(f'"{w}"' for w in words) + "*"
        # The newest RANK_WITHIN matches the viewer may read, walking the index backwards
        # and checking each match by its primary key (materialising every readable id cost
        # more than the whole page should), are ranked; the best `limit` of them are kept.
        sql = f"""
            SELECT rowid, rank, snip FROM (
                SELECT rowid, -bm25(search_fts, 2.0, 1.0) AS rank,
                       snippet(search_fts, 1, %s, %s, '…', 24) AS snip
                FROM search_fts
                WHERE search_fts MATCH %s AND EXISTS ({visible_sql})
                ORDER BY rowid DESC LIMIT %s
            ) ORDER BY rank DESC, rowid LIMIT %s"""
        with connection.cursor() as cursor:
            cursor.execute(sql, [MARK_START, MARK_END, match, *visible_params, RANK_WITHIN,
                                 limit])
            return cursor.fetchall()

    def rebuild(self):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


class PostgreSQLBackend:
    # A stored column with its GIN index (migration 0004): ranking reads each match's vector
    # rather than working it out again from the text.
    VECTOR = "vector"
    # ts_headline drops anything that looks like an HTML tag, so it is given the text with
    # &, < and > as entities (which it copies as they are) and the entities are undone after.
    ESCAPED = "replace(replace(replace(text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')"
    HEADLINE = (
        f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )

    ROW = "d.id"

    def ranked(self, visible_sql, visible_params, words, limit):
        tsquery = " & ".join(f"'{w}'" for w in words) + ":*"
        # As on SQLite: the newest RANK_WITHIN readable matches are ranked, not every one.
        # The matches come from the GIN index first (MATERIALIZED: otherwise the planner may
        # walk the primary key backwards, working out each row's vector, to find the newest);
        # newest first, and the visibility check runs on them in that order only until enough
        # are found (sorting after the check would check every match).
        sql = f"""
            WITH q AS (SELECT to_tsquery('english', %s) AS q),
            matched AS MATERIALIZED (
                SELECT d.id FROM search_searchdocument d, q WHERE {self.VECTOR} @@ q.q
                ORDER BY d.id DESC),
            newest AS MATERIALIZED (
                SELECT d.id FROM matched d WHERE EXISTS ({visible_sql}) LIMIT %s),
            best AS (
                SELECT s.id, s.text, ts_rank({self.VECTOR}, q.q) AS rank
                FROM search_searchdocument s JOIN newest n ON n.id = s.id, q
                ORDER BY rank DESC, s.id LIMIT %s)
            SELECT id, rank, ts_headline('english', {self.ESCAPED}, q.q, %s)
            FROM best, q ORDER BY rank DESC, id"""
        with connection.cursor() as cursor:
            cursor.execute(sql, [tsquery, *visible_params, RANK_WITHIN, limit, self.HEADLINE])
            return [(pk, rank, html.unescape(text)) for pk, rank, text in cursor.fetchall()]

    def rebuild(self):
        """The expression index follows the table by itself."""


BACKENDS = {"sqlite": SQLiteBackend, "postgresql": PostgreSQLBackend}


def backend():
    try:
        return BACKENDS[connection.vendor]()
    except KeyError:
        raise NotImplementedError(f"No search backend for {connection.vendor}") from None


def search(viewer, query, *, body=None, date_from=None, date_to=None, person=None,
           kinds=None, limit=50) -> list[Hit]:
    words = terms(query)
    if not words:
        return []
    docs = SearchDocument.objects.visible_to(viewer).held_between(date_from, date_to)
    if body is not None:
        docs = docs.of_body(body)
    if person is not None:
        docs = docs.naming(person)
    if kinds:
        docs = docs.of_kinds(kinds)
    engine = backend()
    # One readable document with the match's id, looked up by its primary key.
    visible = docs.filter(id=RawSQL(engine.ROW, [])).order_by().values("id")[:1]
    try:
        visible_sql, visible_params = visible.query.sql_with_params()
    except EmptyResultSet:
        return []
    rows = engine.ranked(visible_sql, visible_params, words, limit)
    return hits(rows, docs)


def hits(rows, docs) -> list[Hit]:
    found = docs.select_related("body", "meeting").in_bulk([row[0] for row in rows])
    consultations = dict(
        Point.objects.filter(
            pk__in=[d.object_id for d in found.values() if d.kind == Kind.POINT]
        ).values_list("pk", "response__consultation_id")
    )
    result = []
    for pk, rank, snippet in rows:
        doc = found.get(pk)
        if doc is None:  # changed since the ranking query; never show what was not re-checked
            continue
        result.append(Hit(
            kind=doc.kind,
            object_id=doc.object_id,
            title=doc.title,
            url=url_for(doc, consultations),
            snippet=highlight(snippet or doc.text[:200]),
            meeting_date=timezone.localtime(doc.meeting.start).date() if doc.meeting else None,
            body_name=doc.body.name,
            rank=float(rank),
            confidential=doc.confidential,
        ))
    return result


def url_for(doc, consultations) -> str:
    if doc.kind == Kind.ACTION:
        return reverse("action", args=[doc.object_id])
    if doc.kind == Kind.POINT:
        try:
            return reverse("consultation", args=[consultations[doc.object_id]])
        except (KeyError, NoReverseMatch):
            return ""
    return doc.meeting.get_absolute_url() if doc.meeting else ""
