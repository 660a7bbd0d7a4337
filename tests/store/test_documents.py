"""Writing documents: idempotent, versioned by path, deduplicated by content, failures beside them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from actormap.store import Outcome, reading, record_failure, stats, write_document
from actormap.store.tables import documents, failures, sources, statements
from tests.store.fixtures import EXTRACTOR, article, make_record, snapshot


def write(engine, path, document):
    return write_document(engine, path, document, make_record(document), EXTRACTOR)


def test_documents_the_same_file_twice_adds_nothing(fresh_db):
    doc = article()
    assert write(fresh_db, "/c/a.txt", doc) is Outcome.STORED
    before = snapshot(fresh_db)
    assert write(fresh_db, "/c/a.txt", doc) is Outcome.UNCHANGED
    assert snapshot(fresh_db) == before
    assert len(before["statements"]) == 7 and len(before["entities"]) == 2


def test_documents_metadata_and_text_are_stored(fresh_db):
    doc = article()
    doc.title, doc.publisher, doc.author, doc.published = "Brigade moves", "Wire", "A. Writer", "2025-03-14"
    doc.meta = {"pages": [0], "when": __import__("datetime").date(2025, 3, 14)}
    write(fresh_db, "/c/a.txt", doc)
    with reading(fresh_db) as conn:
        row = conn.execute(select(documents)).one()
    assert (row.title, row.publisher, row.author, row.published) == ("Brigade moves", "Wire", "A. Writer", "2025-03-14")
    assert row.text == doc.text and row.meta == {"pages": [0], "when": "2025-03-14"}
    assert row.content_hash.startswith(row.id) and len(row.content_hash) == 64
    assert (row.extractor, row.extractor_version, row.version, row.retired) == (*EXTRACTOR, 1, False)


def test_documents_a_changed_file_is_a_new_version_and_the_old_one_is_retired_not_deleted(fresh_db):
    old, new = article(), article("It now holds the port.")
    write(fresh_db, "/c/a.txt", old)
    assert write(fresh_db, "/c/a.txt", new) is Outcome.NEW_VERSION
    with reading(fresh_db) as conn:
        rows = {r.id: r for r in conn.execute(select(documents))}
        retired = dict(conn.execute(select(statements.c.document_id, func.count()).where(statements.c.retired.is_(True))
                                    .group_by(statements.c.document_id)).all())
        versions = conn.execute(select(sources.c.version, sources.c.document_id).order_by(sources.c.version)).all()
    assert rows[old.id].retired and rows[old.id].superseded_by == new.id
    assert not rows[new.id].retired and rows[new.id].version == 2
    assert retired == {old.id: 7}
    assert [tuple(v) for v in versions] == [(1, old.id), (2, new.id)]
    assert stats(fresh_db).documents == 1 and stats(fresh_db).retired_documents == 1


def test_documents_the_same_content_from_another_path_is_stored_once(fresh_db):
    doc = article()
    write(fresh_db, "/c/a.txt", doc)
    assert write(fresh_db, "/mirror/a.txt", doc) is Outcome.DUPLICATE
    state = snapshot(fresh_db)
    assert len(state["documents"]) == 1 and len(state["statements"]) == 7
    assert [s[0] for s in state["sources"]] == ["/c/a.txt", "/mirror/a.txt"]


def test_documents_content_another_file_still_carries_is_not_retired(fresh_db):
    doc = article()
    write(fresh_db, "/c/a.txt", doc)
    write(fresh_db, "/mirror/a.txt", doc)
    write(fresh_db, "/c/a.txt", article("Changed."))
    assert stats(fresh_db).documents == 2 and stats(fresh_db).retired_documents == 0


def test_documents_reverting_a_file_brings_its_old_content_back(fresh_db):
    first, second = article(), article("Changed.")
    write(fresh_db, "/c/a.txt", first)
    write(fresh_db, "/c/a.txt", second)
    assert write_document(fresh_db, "/c/a.txt", first, None, EXTRACTOR) is Outcome.NEW_VERSION
    state = snapshot(fresh_db)
    retired = {d[0]: d[4] for d in state["documents"]}
    assert retired == {first.id: False, second.id: True}
    assert sum(not s[3] for s in state["statements"]) == 7
    assert all(not e[3] for e in state["entities"] if e[0] == first.id)


def test_documents_new_content_without_a_record_is_refused(fresh_db):
    with pytest.raises(ValueError, match="not stored and was not extracted"):
        write_document(fresh_db, "/c/a.txt", article(), None, EXTRACTOR)
    assert snapshot(fresh_db)["documents"] == []


def test_documents_a_failure_is_recorded_once_and_touches_nothing_stored(fresh_db):
    write(fresh_db, "/c/a.txt", article())
    before = snapshot(fresh_db)
    record_failure(fresh_db, "/c/a.txt", "no such file")
    record_failure(fresh_db, "/c/a.txt", "no such file")
    after = snapshot(fresh_db)
    assert after["failures"] == [("/c/a.txt", "no such file")]
    assert {k: v for k, v in after.items() if k != "failures"} == {k: v for k, v in before.items() if k != "failures"}


def test_documents_a_file_stored_after_failing_is_no_longer_a_failure(fresh_db):
    record_failure(fresh_db, "/c/a.txt", "is empty")
    write(fresh_db, "/c/a.txt", article())
    with reading(fresh_db) as conn:
        assert conn.execute(select(func.count()).select_from(failures)).scalar_one() == 0
