"""Resolution across documents: spellings join, look-alikes stay apart, context settles one-word names."""

from __future__ import annotations

import random
import time

import pytest
from sqlalchemy import select

from actormap.resolve import Mention, cluster, descriptor_words, resolve, types_agree
from actormap.store import open_store, reading
from actormap.store.statements import canonical_id
from actormap.store.tables import entities
from tests.resolution_corpus import hand_document


def documents(*docs: list[tuple]) -> list[Mention]:
    """Mentions of hand-made documents d1, d2 ...: each entity is (type, name[, aliases[, descriptors]])."""
    result = []
    for d, found in enumerate(docs, start=1):
        for i, e in enumerate(found, start=1):
            result.append(Mention(document=f"d{d}", local_id=f"e{i}", type=e[0], name=e[1],
                                  aliases=tuple(e[2]) if len(e) > 2 else (), descriptors=tuple(e[3]) if len(e) > 3 else (),
                                  canonical_id="", source=f"/corpus/d{d}.txt", order=(0, f"d{d}", i)))
    return result


def together(mentions: list[Mention], *judgements) -> dict[tuple[str, str], int]:
    """(document, name) -> its cluster root."""
    clusters, _, _ = cluster(mentions, judgements)
    return {(m.document, m.name): clusters.find(i) for i, m in enumerate(mentions)}


@pytest.fixture
def store(tmp_path):
    engine = open_store(f"sqlite:///{tmp_path}/a.db")
    yield engine
    engine.dispose()


@pytest.mark.parametrize("etype, a, b", [
    ("person", "Rami Makhlouf", "Rami Makhluf"),
    ("person", "Ahmed al-Sharaa", "Ahmad al-Sharaa"),
    ("person", "Ahmed al-Sharaa", "أحمد الشرع"),
    ("person", "Qasem Soleimani", "Qassem Suleimani"),
    ("person", "Bashar al-Assad", "Bashar Assad"),
    ("person", "Kamal Hassan", "Kamal al-Hassan"),
    ("person", "Bashar al-Assad", "B. al-Assad"),
    ("location", "Tartous", "Tartus"),
    ("location", "Tartous", "طرطوس"),
    ("organization", "Hezbollah", "Hizballah"),
    ("organization", "Hezbollah", "حزب الله"),
])
def test_resolve_joins_spellings_across_documents(etype, a, b):
    found = together(documents([(etype, a)], [(etype, b)]))
    assert found[("d1", a)] == found[("d2", b)]


@pytest.mark.parametrize("etype, a, b", [
    ("person", "Bashar al-Assad", "Maher al-Assad"),
    ("person", "Ahmed al-Sharaa", "Ahmed al-Shami"),
    ("person", "Rami Makhlouf", "Ihab Makhlouf"),
    ("person", "Muhammad bin Salman", "Salman bin Muhammad"),
    ("person", "Qassem Soleimani", "Naim Qassem"),
    ("location", "Niger", "Nigeria"),
    ("organization", "Hezbollah", "Kataib Hezbollah"),
])
def test_resolve_keeps_look_alikes_apart(etype, a, b):
    found = together(documents([(etype, a)], [(etype, b)]))
    assert found[("d1", a)] != found[("d2", b)]


def test_resolve_never_links_documents_through_a_surname_alias():
    found = together(documents([("person", "Bashar al-Assad", ["Assad"])], [("person", "Maher al-Assad", ["Assad"])]))
    assert found[("d1", "Bashar al-Assad")] != found[("d2", "Maher al-Assad")]


def test_resolve_keeps_brothers_apart_even_through_a_shared_alias():
    # a nickname both are given cannot join two people whose given names differ
    found = together(documents(
        [("person", "Bashar al-Assad", ["Abu Hafez al-Assad"])],
        [("person", "Maher al-Assad", ["Abu Hafez al-Assad"])],
    ))
    assert found[("d1", "Bashar al-Assad")] != found[("d2", "Maher al-Assad")]


def test_resolve_joins_through_an_alias_without_a_family_conflict():
    found = together(documents(
        [("person", "Ahmed al-Sharaa", ["Abu Mohammad al-Jolani"])],
        [("person", "Abu Mohammad al-Jolani")],
    ))
    assert found[("d1", "Ahmed al-Sharaa")] == found[("d2", "Abu Mohammad al-Jolani")]


def test_resolve_keeps_two_entities_of_one_document_apart():
    found = together(documents([("person", "Rami Makhlouf"), ("person", "Rami Makhluf")]))
    assert found[("d1", "Rami Makhlouf")] != found[("d1", "Rami Makhluf")]


def test_resolve_a_chain_never_puts_two_entities_of_one_document_together():
    found = together(documents(
        [("person", "Rami Makhlouf")],
        [("person", "Rami Makhluf"), ("person", "Rami Makhlouf")],  # an extractor's split: one joins d1
    ))
    assert found[("d2", "Rami Makhluf")] != found[("d2", "Rami Makhlouf")]
    assert found[("d1", "Rami Makhlouf")] in (found[("d2", "Rami Makhluf")], found[("d2", "Rami Makhlouf")])


def test_resolve_one_word_name_joins_the_actor_its_context_points_to():
    mentions = documents(
        [("person", "Rami Makhlouf", [], ["billionaire"]), ("person", "Kamal Hassan"), ("location", "Moscow")],
        [("person", "Ihab Makhlouf"), ("location", "Dubai")],
        [("person", "Makhlouf", [], ["the billionaire"]), ("person", "Kamal Hassan"), ("location", "Moscow")],
    )
    found = together(mentions)
    assert found[("d3", "Makhlouf")] == found[("d1", "Rami Makhlouf")]
    assert found[("d3", "Makhlouf")] != found[("d2", "Ihab Makhlouf")]


def test_resolve_one_word_name_stays_apart_when_ambiguous_or_without_context():
    mentions = documents(
        [("person", "Bashar al-Assad"), ("person", "Maher al-Assad"), ("location", "Moscow"), ("location", "Syria")],
        [("person", "Assad"), ("location", "Moscow"), ("location", "Syria"), ("organization", "Fourth Division")],
        [("person", "Makhlouf")],
        [("person", "Rami Makhlouf"), ("location", "Moscow")],
    )
    found = together(mentions)
    assert found[("d2", "Assad")] not in (found[("d1", "Bashar al-Assad")], found[("d1", "Maher al-Assad")])
    assert found[("d3", "Makhlouf")] != found[("d4", "Rami Makhlouf")]


def test_resolve_types_must_agree():
    found = together(documents(
        [("organization", "Hezbollah"), ("person", "Jordan Peters"), ("location", "Jordan")],
        [("group", "Hezbollah"), ("person", "Jordan")],
    ))
    assert found[("d1", "Hezbollah")] == found[("d2", "Hezbollah")]
    assert found[("d1", "Jordan")] != found[("d2", "Jordan")]
    assert types_agree("organization", "group", 0.95) and not types_agree("organization", "group", 0.85)
    assert not types_agree("person", "location", 1.0)


def test_resolve_generic_institution_names_need_context():
    found = together(documents(
        [("organization", "Ministry of Defence"), ("location", "Yemen")],
        [("organization", "Ministry of Defence"), ("location", "Ukraine")],
        [("organization", "Ministry of Defence"), ("person", "Bashar al-Assad"), ("person", "Ali Mamlouk"), ("location", "Damascus")],
        [("organization", "Ministry of Defence"), ("person", "Bashar al-Assad"), ("person", "Ali Mamlouk"), ("location", "Damascus")],
    ))
    assert found[("d1", "Ministry of Defence")] != found[("d2", "Ministry of Defence")]
    assert found[("d3", "Ministry of Defence")] == found[("d4", "Ministry of Defence")]
    assert found[("d1", "Ministry of Defence")] != found[("d3", "Ministry of Defence")]


def test_resolve_keeps_a_city_apart_from_its_namesake():
    found = together(documents([("location", "Mexico City")], [("location", "Mexico")], [("location", "Tartous region")],
                               [("location", "Tartus")]))
    assert found[("d1", "Mexico City")] != found[("d2", "Mexico")]
    assert found[("d3", "Tartous region")] == found[("d4", "Tartus")]


def test_resolve_descriptor_words_are_roles_not_names():
    assert descriptor_words(["a cousin of Bashar al-Assad", "the billionaire"]) == {"cousin", "billionaire"}


def test_resolve_writes_canonical_ids_and_is_idempotent(store):
    a = hand_document(store, "/c/a.txt", [("person", "Rami Makhlouf"), ("location", "Tartous")])
    b = hand_document(store, "/c/b.txt", [("person", "Rami Makhluf"), ("location", "Tartus")])
    c = hand_document(store, "/c/c.txt", [("person", "Ihab Makhluf")])
    first = resolve(store)
    assert (first.entities, first.actors, first.merged) == (5, 3, 4)
    with reading(store) as conn:
        ids = dict(((d, l), c) for d, l, c in conn.execute(select(entities.c.document_id, entities.c.local_id, entities.c.canonical_id)))
    again = resolve(store)
    assert again.changed == 0
    with reading(store) as conn:
        assert ids == dict(((d, l), c) for d, l, c in conn.execute(select(entities.c.document_id, entities.c.local_id, entities.c.canonical_id)))
    # each actor has the starting id of its entity in the lowest document: an unmerged entity keeps its own
    first = min(a.id, b.id)  # Rami Makhlouf and Tartous are in both a and b
    assert set(ids.values()) == {canonical_id(first, "e1"), canonical_id(first, "e2"), canonical_id(c.id, "e1")}


def test_resolve_ids_depend_on_the_content_not_the_order_of_ingest(tmp_path):
    docs = [("/c/a.txt", [("person", "Ahmed al-Sharaa"), ("location", "Homs")]),
            ("/c/b.txt", [("person", "Ahmad al-Sharaa")]),
            ("/c/c.txt", [("person", "Ahmed al-Sharaa"), ("person", "Ahmed al-Shami")])]
    results = []
    for name, order in (("forward", docs), ("backward", docs[::-1])):
        engine = open_store(f"sqlite:///{tmp_path}/{name}.db")
        for source, found in order:
            hand_document(engine, source, found)
            resolve(engine)  # after each document, as ingest does
        with reading(engine) as conn:
            results.append(sorted(conn.execute(select(entities.c.document_id, entities.c.local_id, entities.c.canonical_id)).all()))
        engine.dispose()
    assert results[0] == results[1]
    assert len({c for _, _, c in results[0]}) == 3


@pytest.mark.slow
def test_resolve_thousands_of_entities_in_seconds(store):
    from actormap import names

    names.block_keys("warm up")  # the name database loads once per process
    rng = random.Random(7)
    first = ["Tarek", "Samir", "Idris", "Yusuf", "Karim", "Nabil", "Omar", "Ahmed", "Ahmad", "Mohammed", "Ali", "Hassan"]
    last = ["Haddad", "Mansour", "Darwish", "Saleh", "al-Assad", "al-Sharaa", "Makhlouf", "Hamdan", "Najjar", "Khoury"]
    places = ["Tartous", "Tartus", "Latakia", "Homs", "Hama", "Aleppo", "Jableh", "Baniyas"]
    for n in range(500):
        people = sorted({f"{rng.choice(first)} {rng.choice(last)}" for _ in range(4)})
        hand_document(store, f"/big/{n}.txt", [("person", p) for p in people] + [("location", rng.choice(places))])
    started = time.perf_counter()
    summary = resolve(store)
    assert summary.entities > 2000
    assert time.perf_counter() - started < 30
