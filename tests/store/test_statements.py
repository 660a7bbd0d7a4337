"""Statement ids: deterministic, one per fact, and different whenever provenance differs."""

from __future__ import annotations

from actormap.store.statements import canonical_id, entity_rows, statement_rows
from tests.store.fixtures import EXTRACTOR, article, make_record


def test_statements_ids_are_the_same_for_the_same_record():
    record = make_record(article())
    assert [s["id"] for s in statement_rows(record, *EXTRACTOR)] == [s["id"] for s in statement_rows(make_record(article()), *EXTRACTOR)]


def test_statements_one_row_per_fact_with_its_span_and_provenance():
    record = make_record(article())
    rows = statement_rows(record, *EXTRACTOR)
    assert [r["kind"] for r in rows] == ["entity", "mention", "entity", "mention", "relation", "claim", "quote"]
    mention = rows[1]
    assert (mention["subject"], mention["span_start"], mention["span_end"]) == ("e1", 0, len("Yusuf Jaber"))
    assert {(r["extractor"], r["extractor_version"], r["origin"]) for r in rows} == {(*EXTRACTOR, "extractor")}


def test_statements_a_repeated_fact_is_stored_once():
    record = make_record(article())
    record["quotes"].append(dict(record["quotes"][0]))
    assert len(statement_rows(record, *EXTRACTOR)) == 7


def test_statements_ids_change_with_the_extractor_version_and_the_document():
    record = make_record(article())
    ids = {r["id"] for r in statement_rows(record, *EXTRACTOR)}
    assert ids.isdisjoint(r["id"] for r in statement_rows(record, EXTRACTOR[0], "2.0"))
    assert ids.isdisjoint(r["id"] for r in statement_rows(make_record(article("More.")), *EXTRACTOR))


def test_statements_entities_start_with_their_own_canonical_id():
    record = make_record(article())
    rows = entity_rows(record, statement_rows(record, *EXTRACTOR))
    assert [r["canonical_id"] for r in rows] == [canonical_id(record["document"]["id"], e) for e in ("e1", "e2")]
    assert len({r["canonical_id"] for r in rows}) == 2
