"""PostgreSQL: each document's tsvector kept in a stored generated column, `vector`, with the
GIN index on it, instead of an index on the expression.

Ranking with the expression index worked out the vector again from the text for every match
ranked (a third of a search's time on the 20-year archive); the stored column is read
instead. The model does not name the column: the database fills it. A later migration that
changes `title` or `text` on PostgreSQL must drop the column first and add it again.
SQLite is untouched (its FTS5 table holds what it needs).
"""

from django.db import migrations

POSTGRES_CREATE = [
    """ALTER TABLE search_searchdocument ADD COLUMN vector tsvector
        GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED""",
    "CREATE INDEX search_document_vector ON search_searchdocument USING GIN (vector)",
    "DROP INDEX IF EXISTS search_document_fts",
]
POSTGRES_DROP = [
    """CREATE INDEX IF NOT EXISTS search_document_fts ON search_searchdocument
        USING GIN (to_tsvector('english', title || ' ' || text))""",
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0003_points_follow_their_consultation")]

    operations = [migrations.RunPython(run(POSTGRES_CREATE), run(POSTGRES_DROP))]
