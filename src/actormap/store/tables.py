"""The evidence store's tables (SQLAlchemy Core), the same for SQLite and PostgreSQL.

A change here needs a migration in `migrations.py` for databases that already exist.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

# The kinds of statement one document yields, in the order they are written.
STATEMENT_KINDS = ("entity", "mention", "relation", "claim", "quote")
# Where a statement comes from: an extractor run, or an analyst's edit (which reextract keeps).
ORIGINS = ("extractor", "analyst")
# Analyst overrides of entity resolution (used by a later issue; reextract must keep them).
JUDGEMENT_ACTIONS = ("merge", "not-same", "split", "rename")


def _one_of(column: str, values: tuple[str, ...]) -> CheckConstraint:
    listed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({listed})", name=f"{column}_known")


metadata = MetaData()

migrations = Table(
    "migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    # The record's document id: the first 16 hex digits of the text's SHA-256.
    Column("id", String(16), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("publisher", Text),
    Column("author", Text),
    Column("published", String(32)),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False),
    # The version number this content got in the file that first brought it.
    Column("version", Integer, nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    Column("superseded_by", String(16)),
    Column("extractor", String(100), nullable=False),
    Column("extractor_version", String(50), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

# Every file a document was read from, one row per (path, version): a changed file adds a row.
sources = Table(
    "sources",
    metadata,
    Column("path", Text, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("document_id", String(16), ForeignKey("documents.id"), nullable=False, index=True),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

statements = Table(
    "statements",
    metadata,
    # SHA-256 of (document, kind, subject, span, item, extractor, version): the same fact is stored once.
    Column("id", String(64), primary_key=True),
    Column("document_id", String(16), ForeignKey("documents.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("subject", String(32)),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("extractor", String(100), nullable=False),
    Column("extractor_version", String(50), nullable=False),
    Column("origin", String(16), nullable=False, default="extractor"),
    Column("item", JSON, nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    _one_of("kind", STATEMENT_KINDS),
    _one_of("origin", ORIGINS),
)

entities = Table(
    "entities",
    metadata,
    Column("document_id", String(16), ForeignKey("documents.id"), primary_key=True),
    Column("local_id", String(32), primary_key=True),
    # Resolution across documents rewrites this one column; it starts as the entity's own id.
    Column("canonical_id", String(64), nullable=False, index=True),
    Column("type", String(32), nullable=False),
    Column("name", Text, nullable=False),
    Column("statement_id", String(64), nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
)

failures = Table(
    "failures",
    metadata,
    Column("path", Text, primary_key=True),
    Column("problem", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

judgements = Table(
    "judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(16), nullable=False),
    Column("entity", String(64), nullable=False),
    Column("other", String(64)),
    Column("value", Text),
    Column("author", Text),
    Column("note", Text),
    Column("at", DateTime(timezone=True), nullable=False),
    _one_of("action", JUDGEMENT_ACTIONS),
)
