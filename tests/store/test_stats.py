"""Stats: current facts by kind, retired history and failed files."""

from __future__ import annotations

from actormap.store import record_failure, stats, write_document
from tests.store.fixtures import EXTRACTOR, article, make_record


def test_stats_empty_store_counts_zero(fresh_db):
    assert set(stats(fresh_db).as_dict().values()) == {0}


def test_stats_counts_current_facts_retired_history_and_failures(fresh_db):
    for path, doc in [("/c/a.txt", article()), ("/c/b.txt", article("Second.")), ("/c/a.txt", article("Third."))]:
        write_document(fresh_db, path, doc, make_record(doc), EXTRACTOR)
    record_failure(fresh_db, "/c/junk.txt", "looks binary (NUL bytes), not text")
    assert stats(fresh_db).as_dict() == {
        "documents": 2, "entities": 4, "mentions": 4, "relations": 2, "claims": 2, "quotes": 2,
        "failed_files": 1, "files": 2, "retired_documents": 1, "retired_statements": 7,
    }
