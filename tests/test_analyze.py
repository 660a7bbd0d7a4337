"""Queries over a resolved store: the map, profiles, the claims board and paths."""

from __future__ import annotations

import pytest

from actormap.analyze import (
    agree, claims_board, find_entity, interval, load_graph, profile, publisher_of, shortest_path,
)
from actormap.errors import ActormapError
from actormap.model.graph import Evidence, GraphClaim, SourceDocument
from actormap.resolve import resolve
from actormap.store import judgements, open_store
from tests.resolution_corpus import hand_document


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Three documents from three publishers about the Makhlouf brothers and Kamal Hassan, resolved."""
    folder = tmp_path_factory.mktemp("analyze")
    engine = open_store(f"sqlite:///{folder}/a.db")
    hand_document(
        engine, "/news/courier.txt",
        [("person", "Rami Makhlouf", ["Makhlouf"], ["billionaire"]), ("person", "Kamal Hassan"), ("group", "Alawites")],
        relations=[("opposes", "Kamal Hassan", "Rami Makhlouf"), ("funds", "Rami Makhlouf", "Alawites")],
        claims=[("Kamal Hassan", 12000, "fighters", "exact", "Kamal Hassan"),
                ("Rami Makhlouf", 54000, "fighters", "at least", "Rami Makhlouf")],
        publisher="Coastline Courier",
    )
    hand_document(
        engine, "/news/ledger.txt",
        [("person", "Rami Makhluf"), ("person", "Ihab Makhluf", [], ["a businessman"]), ("person", "Kamal al-Hassan")],
        relations=[("family", "Ihab Makhluf", "Rami Makhluf", "brother"), ("opposes", "Rami Makhluf", "Kamal al-Hassan")],
        claims=[("Kamal al-Hassan", 54000, "fighters", "exact"), ("Rami Makhluf", 54000, "fighters", "exact", "Rami Makhluf")],
        publisher="Levant Ledger",
    )
    hand_document(
        engine, "https://news.example.org/ihab.html",
        [("person", "Ihab Makhluf"), ("location", "Dubai"), ("location", "Niamey")],
        relations=[("located_in", "Ihab Makhluf", "Dubai")],
        claims=[("Ihab Makhluf", 6_000_000, "USD", "about")],
    )
    resolve(engine)
    yield engine
    engine.dispose()


def test_analyze_load_graph_gives_one_entity_per_actor_with_every_name_and_document(store):
    graph = load_graph(store)
    rami = find_entity(graph, "Rami Makhlouf")
    assert rami.type == "person"
    assert rami.aliases == ["Makhlouf", "Rami Makhluf"]
    assert rami.descriptors == ["billionaire"]
    assert len(rami.document_ids) == 2
    assert sorted(e.name for e in graph.entities) == [
        "Alawites", "Dubai", "Ihab Makhluf", "Kamal al-Hassan", "Niamey", "Rami Makhlouf"]  # a tie: the fuller name
    assert {d.publisher for d in graph.documents} == {"Coastline Courier", "Levant Ledger", None}


def test_analyze_relations_merge_across_documents_with_their_evidence(store):
    graph = load_graph(store)
    rami, kamal = find_entity(graph, "Rami Makhlouf"), find_entity(graph, "Kamal Hassan")
    opposes = [r for r in graph.relations if r.type == "opposes"]
    assert len(opposes) == 1  # symmetric: read both ways, one relation
    assert {opposes[0].source, opposes[0].target} == {rami.id, kamal.id}
    assert len(opposes[0].document_ids) == 2
    snippets = sorted(e.snippet for e in opposes[0].evidence)
    assert snippets == ["Kamal Hassan opposes Rami Makhlouf.", "Rami Makhluf opposes Kamal al-Hassan."]
    assert all(r.source != r.target for r in graph.relations)


def test_analyze_profile_counts_documents_and_publishers(store):
    result = profile(store, "Rami Makhluf")  # an alias
    assert result.entity.name == "Rami Makhlouf"
    (opposes,) = result.relations["opposes"]
    assert (opposes.counterpart.name, opposes.documents, opposes.publishers) == ("Kamal al-Hassan", 2, 2)
    (family,) = result.relations["family"]
    assert (family.counterpart.name, family.outgoing, family.relation.label) == ("Ihab Makhluf", False, "brother")
    assert {c.value for c in result.claims} == {54000}
    assert len(result.documents) == 2


def test_analyze_publisher_falls_back_to_the_host_of_a_url():
    assert publisher_of(SourceDocument("d", "https://www.example.org/a")) == "example.org"
    assert publisher_of(SourceDocument("d", "/x.txt", publisher="Reuters")) == "Reuters"


def test_analyze_claims_board_flags_conflicts_and_counts_corroboration(store):
    rows = claims_board(store)
    kamal = next(r for r in rows if r.subject.name == "Kamal al-Hassan")
    assert kamal.conflicted and rows[0] is kamal  # conflicts first
    assert [e.claim.value for e in kamal.entries] == [12000, 54000]
    assert kamal.entries[0].conflicts_with == [1]
    assert kamal.entries[0].claimant is kamal.subject
    rami = next(r for r in rows if r.subject.name == "Rami Makhlouf")
    assert not rami.conflicted
    assert [len(e.corroborated_by) for e in rami.entries] == [1, 1]  # 'at least 54,000' and '54,000' agree
    assert {e.document.publisher for e in rami.entries} == {"Coastline Courier", "Levant Ledger"}


def test_analyze_claims_board_filters_by_actor_and_unit(store):
    assert [r.subject.name for r in claims_board(store, "Kamal Hassan")] == ["Kamal al-Hassan"]
    assert [r.unit for r in claims_board(store, unit="USD")] == ["USD"]
    assert claims_board(store, unit="people")[0].unit == "fighters"
    assert claims_board(store, "Dubai") == []


def claim(value: float, qualifier: str, value_max: float | None = None) -> GraphClaim:
    return GraphClaim("s", value, "fighters", "people", qualifier, Evidence("d", 0, 1, "x"), value_max=value_max)


@pytest.mark.parametrize("a, b, same", [
    (claim(12000, "exact"), claim(54000, "exact"), False),
    (claim(54000, "exact"), claim(54000, "exact"), True),
    (claim(50000, "at least"), claim(54000, "exact"), True),
    (claim(50000, "more than"), claim(50000, "exact"), False),
    (claim(60000, "up to"), claim(54000, "exact"), True),
    (claim(50000, "about"), claim(54000, "exact"), True),
    (claim(50000, "about"), claim(60000, "exact"), False),
    (claim(12000, "exact", 15000), claim(14000, "about"), True),
    (claim(12000, "at least", 15000), claim(40000, "exact"), True),
])
def test_analyze_claims_agree_when_their_qualifiers_allow_a_common_value(a, b, same):
    assert agree(a, b) is same and agree(b, a) is same


def test_analyze_interval_of_each_qualifier():
    assert interval(claim(100, "exact")) == (100, 100)
    assert interval(claim(100, "about")) == pytest.approx((90, 110))
    assert interval(claim(100, "up to")) == (0, 100)
    assert interval(claim(100, "at least"))[1] == float("inf")


def test_analyze_shortest_path_crosses_documents_through_resolved_actors(store):
    steps = shortest_path(store, "Dubai", "Kamal Hassan")
    assert [s.source.name for s in steps] + [steps[-1].target.name] == ["Dubai", "Ihab Makhluf", "Rami Makhlouf", "Kamal al-Hassan"]
    assert steps[0].relations[0].type == "located_in"
    assert steps[-1].relations[0].evidence  # every link is sourced
    assert shortest_path(store, "Niamey", "Dubai") is None
    assert shortest_path(store, "Dubai", "Dubai") == []


def test_analyze_find_entity_by_id_prefix_alias_or_spelling(store):
    graph = load_graph(store)
    rami = find_entity(graph, "Rami Makhlouf")
    assert find_entity(graph, rami.id[:8]) is rami
    assert find_entity(graph, "makhlouf") is rami  # an alias, case aside
    with pytest.raises(ActormapError, match="no actor is named 'Maher'"):
        find_entity(graph, "Maher")


def test_analyze_find_entity_refuses_an_ambiguous_name(tmp_path):
    engine = open_store(f"sqlite:///{tmp_path}/b.db")
    hand_document(engine, "/a.txt", [("person", "Bashar al-Assad", ["Assad"])])
    hand_document(engine, "/b.txt", [("person", "Maher al-Assad", ["Assad"])])
    resolve(engine)
    with pytest.raises(ActormapError, match="'Assad' names 2 actors"):
        find_entity(load_graph(engine), "Assad")


def test_analyze_rename_gives_the_actor_its_name_and_keeps_the_old_one_as_alias(tmp_path):
    engine = open_store(f"sqlite:///{tmp_path}/c.db")
    hand_document(engine, "/a.txt", [("person", "Ahmed al-Sharaa")])
    hand_document(engine, "/b.txt", [("person", "Ahmad al-Sharaa")])
    resolve(engine)
    actor = find_entity(load_graph(engine), "Ahmed al-Sharaa")
    judgements.record(engine, "rename", actor.id, name="Ahmed Hussein al-Sharaa")
    renamed = find_entity(load_graph(engine), "Ahmed Hussein al-Sharaa")
    assert renamed.id == actor.id
    assert renamed.aliases == ["Ahmad al-Sharaa", "Ahmed al-Sharaa"]  # most frequent first, then alphabetical
