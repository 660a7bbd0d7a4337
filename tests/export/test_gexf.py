"""The GEXF export opens in networkx with node types and edge weights equal to the backing documents."""

from __future__ import annotations

import networkx as nx

from actormap.export import export


def read(graph, tmp_path) -> nx.MultiDiGraph:
    path = tmp_path / "map.gexf"
    export(graph, "gexf", path)
    return nx.read_gexf(path)


def edges_between(network, source, target) -> list[dict]:
    return list(network.get_edge_data(source, target).values())


def test_gexf_opens_as_directed_multigraph(graph, tmp_path):
    network = read(graph, tmp_path)
    assert isinstance(network, nx.MultiDiGraph)
    assert set(network.nodes) == {e.id for e in graph.entities}
    assert network.number_of_edges() == len(graph.relations)


def test_gexf_node_attributes(graph, tmp_path):
    network = read(graph, tmp_path)
    ali = network.nodes["p1"]
    assert ali["label"] == "Ali Hassan" and ali["name"] == "Ali Hassan"
    assert ali["type"] == "person"
    assert ali["aliases"] == "Abu Ali"
    assert ali["degree"] == 6  # commands, member_of, family, allied_with, located_in, commands
    assert network.nodes["g1"]["type"] == "group"


def test_gexf_edge_weight_is_number_of_documents(graph, tmp_path):
    network = read(graph, tmp_path)
    (fighter,) = edges_between(network, "p2", "o1")
    assert fighter["weight"] == 2
    assert fighter["relation"] == "member_of" and fighter["label"] == "fighter"
    assert fighter["documents"] == "d-file; d-url"


def test_gexf_keeps_parallel_edges_and_marks_symmetric(graph, tmp_path):
    network = read(graph, tmp_path)
    assert {e["relation"] for e in edges_between(network, "p1", "o1")} == {"commands", "member_of"}
    assert {e["relation"]: e["symmetric"] for e in edges_between(network, "p1", "p2")} == \
        {"family": True, "allied_with": True}
    (commands,) = [e for e in edges_between(network, "p1", "o1") if e["relation"] == "commands"]
    assert commands["symmetric"] is False
