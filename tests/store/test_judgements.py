"""Judgements: analyst overrides recorded with anchors (document, source, name) that outlive ids."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from actormap.errors import ActormapError
from actormap.model import Document
from actormap.resolve import resolve
from actormap.store import reading, write_document
from actormap.store.judgements import Anchor, all_judgements, current_documents, find_document, members, record
from actormap.store.tables import entities, judgements
from tests.resolution_corpus import EXTRACTOR, hand_document
from tests.store.fixtures import make_record


@pytest.fixture
def resolved(fresh_db):
    """Two documents naming Rami Makhlouf, one naming his brother; resolved."""
    a = hand_document(fresh_db, "/c/a.txt", [("person", "Rami Makhlouf"), ("location", "Tartous")])
    b = hand_document(fresh_db, "/c/b.txt", [("person", "Rami Makhluf"), ("person", "Ihab Makhluf")])
    resolve(fresh_db)
    return fresh_db, a, b


def canonical(engine, document: Document, local_id: str) -> str:
    with reading(engine) as conn:
        return conn.execute(select(entities.c.canonical_id).where(
            entities.c.document_id == document.id, entities.c.local_id == local_id)).scalar_one()


def test_judgements_merge_records_both_sides_as_anchors(resolved):
    engine, a, b = resolved
    rami, ihab = canonical(engine, a, "e1"), canonical(engine, b, "e2")
    made = record(engine, "merge", rami, ihab, author="jane", note="same man?")
    assert made.anchors == (Anchor(a.id, "/c/a.txt", "Rami Makhlouf"), Anchor(b.id, "/c/b.txt", "Rami Makhluf"))
    assert made.other_anchors == (Anchor(b.id, "/c/b.txt", "Ihab Makhluf"),)
    (stored,) = all_judgements(engine)
    assert replace(stored, at=None) == replace(made, at=None)  # SQLite keeps no time zone
    with reading(engine) as conn:
        row = conn.execute(select(judgements)).one()
    assert (row.action, row.entity, row.other, row.author) == ("merge", rami, ihab, "jane")
    assert json.loads(row.value)["other_anchors"] == [[b.id, "/c/b.txt", "Ihab Makhluf"]]


def test_judgements_split_detaches_one_document_from_the_rest(resolved):
    engine, a, b = resolved
    rami = canonical(engine, a, "e1")
    made = record(engine, "split", rami, document="/c/b.txt")
    assert made.anchors == (Anchor(b.id, "/c/b.txt", "Rami Makhluf"),)
    assert made.other_anchors == (Anchor(a.id, "/c/a.txt", "Rami Makhlouf"),)
    assert made.other is None


@pytest.mark.parametrize("action, kwargs, message", [
    ("merge", {"other": None}, "needs two different entities"),
    ("split", {"document": "/c/a.txt", "entity": "tartous"}, "only mentioned in document"),
    ("split", {"document": "/nowhere.txt"}, "no current document '/nowhere.txt'"),
    ("rename", {"name": "  "}, "non-empty name"),
    ("merge", {"entity": "0000000000000000", "other": "rami"}, "no current entity has the id 0000000000000000"),
    ("endorse", {}, "unknown judgement 'endorse'"),
])
def test_judgements_refuse_what_cannot_be_applied(resolved, action, kwargs, message):
    engine, a, b = resolved
    kwargs = dict(kwargs)  # parametrized values are shared between the backends' runs
    ids = {"rami": canonical(engine, a, "e1"), "tartous": canonical(engine, a, "e2")}
    entity = ids.get(kwargs.pop("entity", "rami"), "0000000000000000")
    if "other" in kwargs and kwargs["other"] is not None:
        kwargs["other"] = ids[kwargs["other"]]
    with pytest.raises(ActormapError, match=message):
        record(engine, action, entity, **kwargs)
    assert all_judgements(engine) == []


def test_judgements_split_refuses_a_document_the_actor_is_not_in(resolved):
    engine, a, b = resolved
    with pytest.raises(ActormapError, match="not mentioned in document"):
        record(engine, "split", canonical(engine, b, "e2"), document=a.id)


def test_judgements_find_document_by_id_prefix_source_or_path(fresh_db):
    document = Document(text="Yusuf Jaber leads the Northern Shield Brigade.", source="/corpus/a.txt")
    write_document(fresh_db, "/corpus/a.txt", document, make_record(document), EXTRACTOR)
    write_document(fresh_db, "/corpus/copy.txt", document, None, EXTRACTOR)  # the same content from another path
    with reading(fresh_db) as conn:
        for reference in (document.id, document.id[:8], "/corpus/a.txt", "/corpus/copy.txt"):
            assert find_document(conn, reference) == document.id
        with pytest.raises(ActormapError, match="no current document"):
            find_document(conn, "abc")


def test_judgements_current_documents_follow_a_path_to_its_latest_version(fresh_db):
    old = Document(text="Yusuf Jaber leads the Northern Shield Brigade.", source="/corpus/a.txt")
    new = Document(text="Yusuf Jaber leads the Northern Shield Brigade. He denies it.", source="/corpus/a.txt")
    for document in (old, new):
        write_document(fresh_db, "/corpus/a.txt", document, make_record(document), EXTRACTOR)
    with reading(fresh_db) as conn:
        assert current_documents(conn)["/corpus/a.txt"] == {new.id}
        assert [m.document for m in members(conn, canonical(fresh_db, new, "e1"))] == [new.id]
