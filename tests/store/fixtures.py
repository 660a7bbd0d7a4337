"""Store fixtures, shared by tests/store (through its conftest) and tests/ingest/test_batch*.py (by import).

Every store test runs on SQLite and on PostgreSQL. PostgreSQL tests need
ACTORMAP_TEST_POSTGRES_URL (.ci/run sets it); each database they get is a fresh schema
of that database, named in the URL's search_path, so subprocesses given the URL land
in the same schema.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url

from actormap.model import Document, Record
from actormap.store import open_store, reading
from actormap.store.engine import normalize_url
from actormap.store.tables import documents, entities, failures, sources, statements

POSTGRES_ENV = "ACTORMAP_TEST_POSTGRES_URL"
SKIP_POSTGRES = f"PostgreSQL tests need {POSTGRES_ENV}=postgresql://USER:PASS@HOST/DB (.ci/run sets it)"
BACKENDS = ["sqlite", "postgresql"]
EXTRACTOR = ("actormap.extract", "test")


def make_record(document: Document, names: tuple[str, ...] = ("Yusuf Jaber", "Northern Shield Brigade")) -> Record:
    """A record naming NAMES (each found in the text) with one relation and one quote: store tests need no model."""
    found = []
    for i, name in enumerate(names, start=1):
        start = document.text.index(name)
        found.append({"id": f"e{i}", "type": "person" if i == 1 else "organization", "name": name, "aliases": [],
                         "descriptors": [], "mentions": [{"start": start, "end": start + len(name)}]})
    return {
        "format": "actormap.document/1",
        "document": {"id": document.id, "title": document.display_title, "source": document.source, "published": None},
        "entities": found,
        "relations": [{"type": "commands", "source": "e1", "target": "e2", "label": "leader", "attributed_to": None,
                       "evidence": {"start": 0, "end": len(document.text)}}],
        "claims": [{"subject": "e2", "value": 1200, "unit": "fighters", "unit_class": "people", "qualifier": "at least",
                    "claimant": "e1", "evidence": {"start": 0, "end": 10}}],
        "quotes": [{"speaker": "e1", "speaker_description": None, "text": "We hold", "evidence": {"start": 0, "end": 9}}],
    }


def article(extra: str = "", source: str = "/corpus/a.txt") -> Document:
    """A short hand-written document (EXTRA makes another version of it)."""
    body = f"Yusuf Jaber leads the Northern Shield Brigade. {extra}".strip()
    return Document(text=body, source=source)


def _postgres_schemas(base: str) -> Iterator[Callable[[], str]]:
    admin = create_engine(normalize_url(base), isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def new() -> str:
        schema = f"test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        made.append(schema)
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    try:
        yield new
    finally:
        with admin.connect() as conn:
            for schema in made:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def new_db_url(request, tmp_path) -> Iterator[Callable[[], str]]:
    """A maker of URLs of fresh, empty databases, all on one backend (the test runs once per backend)."""
    if request.param == "sqlite":
        count = iter(range(1_000_000))
        yield lambda: f"sqlite:///{tmp_path / f'store-{next(count)}.db'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(SKIP_POSTGRES)
    yield from _postgres_schemas(base)


@pytest.fixture
def db_url(new_db_url) -> str:
    return new_db_url()


@pytest.fixture
def fresh_db(db_url) -> Iterator[Engine]:
    """An empty store, migrated, on each backend."""
    engine = open_store(db_url)
    yield engine
    engine.dispose()


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Everything a store holds except timestamps, sorted: two runs ended alike when their snapshots are equal."""
    queries = {
        "documents": select(documents.c.id, documents.c.content_hash, documents.c.source, documents.c.version,
                            documents.c.retired, documents.c.superseded_by, documents.c.extractor_version),
        "sources": select(sources.c.path, sources.c.version, sources.c.document_id),
        "statements": select(statements.c.id, statements.c.document_id, statements.c.kind, statements.c.retired),
        "entities": select(entities.c.document_id, entities.c.local_id, entities.c.canonical_id, entities.c.retired),
        "failures": select(failures.c.path, failures.c.problem),
    }
    with reading(engine) as conn:
        return {name: sorted(tuple(row) for row in conn.execute(query)) for name, query in queries.items()}
