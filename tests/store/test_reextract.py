"""Reextract: the current extractor's statements replace the old ones, analyst edits stay."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select, update

import actormap.extract
from actormap.ingest.batch import ingest_paths
from actormap.store import reading, stats, writing
from actormap.store.reextract import reextract
from actormap.store.tables import documents, entities, judgements, statements
from tests.store.corpus import write_corpus, write_every_format

pytestmark = pytest.mark.slow


@pytest.fixture
def stored(fresh_db, nlp, tmp_path):
    write_corpus(tmp_path / "corpus", 3)
    ingest_paths([tmp_path / "corpus"], fresh_db, nlp=nlp)
    return fresh_db


def add_analyst_edits(engine) -> tuple[str, str]:
    """An analyst's own relation statement, a judgement and a rewritten canonical id; returns (statement id, entity key)."""
    with writing(engine) as conn:
        document_id = conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars().first()
        conn.execute(statements.insert(), {
            "id": "analyst-1", "document_id": document_id, "kind": "relation", "subject": "e1", "span_start": 0,
            "span_end": 10, "extractor": "analyst:jane", "extractor_version": "1", "origin": "analyst",
            "item": {"type": "funds", "source": "e1", "target": "e2"}, "retired": False,
        })
        conn.execute(judgements.insert(), {"action": "merge", "entity": "aaa", "other": "bbb", "author": "jane",
                                           "at": datetime.now(timezone.utc)})
        conn.execute(update(entities).where(entities.c.document_id == document_id, entities.c.local_id == "e1")
                     .values(canonical_id="merged-by-jane"))
    return "analyst-1", document_id


def test_reextract_with_the_same_extractor_changes_nothing(stored, nlp):
    before = stats(stored)
    summary = reextract(stored, nlp)
    assert (summary.documents, summary.changed, summary.added, summary.retired) == (3, 0, 0, 0)
    assert stats(stored) == before


def test_reextract_with_a_new_extractor_retires_old_statements_and_keeps_analyst_edits(stored, nlp, monkeypatch):
    before = stats(stored)
    analyst_id, document_id = add_analyst_edits(stored)
    monkeypatch.setattr(actormap.extract, "EXTRACTOR_VERSION", "99.0")
    summary = reextract(stored, nlp)
    assert (summary.documents, summary.changed) == (3, 3)
    assert summary.added == summary.retired > 0
    with reading(stored) as conn:
        live = conn.execute(select(statements.c.id, statements.c.extractor_version, statements.c.origin)
                            .where(statements.c.retired.is_(False))).all()
        canonical = conn.execute(select(entities.c.canonical_id).where(
            entities.c.document_id == document_id, entities.c.local_id == "e1")).scalar_one()
        kept = conn.execute(select(judgements.c.action, judgements.c.entity)).all()
        versions = set(conn.execute(select(documents.c.extractor_version)).scalars())
    assert {(v, o) for _, v, o in live} == {("99.0", "extractor"), ("1", "analyst")}
    assert analyst_id in {i for i, _, _ in live}
    assert canonical == "merged-by-jane"
    assert [tuple(j) for j in kept] == [("merge", "aaa")]
    assert versions == {"99.0"}
    after = stats(stored)
    assert (after.entities, after.quotes, after.documents) == (before.entities, before.quotes, before.documents)
    assert after.relations == before.relations + 1  # the analyst's
    assert reextract(stored, nlp).changed == 0


def test_reextract_every_format_as_ingested_changes_nothing(fresh_db, nlp, tmp_path):
    write_every_format(tmp_path / "formats")
    ingest_paths([tmp_path / "formats"], fresh_db, nlp=nlp)
    before = stats(fresh_db)
    assert before.documents == 10
    assert reextract(fresh_db, nlp).changed == 0
    assert stats(fresh_db) == before
