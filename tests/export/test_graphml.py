"""The GraphML export opens in networkx with typed node and edge attributes."""

from __future__ import annotations

import networkx as nx

from actormap.export import export


def read(graph, tmp_path) -> nx.MultiDiGraph:
    path = tmp_path / "map.graphml"
    export(graph, "graphml", path)
    return nx.read_graphml(path, force_multigraph=True)


def test_graphml_nodes_and_types(graph, tmp_path):
    network = read(graph, tmp_path)
    assert network.is_directed() and network.is_multigraph()
    assert set(network.nodes) == {e.id for e in graph.entities}
    assert {n: d["type"] for n, d in network.nodes(data=True)} == {e.id: e.type for e in graph.entities}
    assert network.nodes["o1"]["aliases"] == "B7"
    assert network.nodes["o1"]["degree"] == 7


def test_graphml_edge_attributes(graph, tmp_path):
    network = read(graph, tmp_path)
    assert network.number_of_edges() == len(graph.relations)
    (fighter,) = network.get_edge_data("p2", "o1").values()
    assert fighter["type"] == "member_of"
    assert fighter["weight"] == 2
    assert fighter["symmetric"] is False
    (rival,) = network.get_edge_data("o1", "o3").values()
    assert rival["type"] == "opposes" and rival["symmetric"] is True and rival["weight"] == 1


def test_graphml_edge_weights_match_relations(graph, tmp_path):
    network = read(graph, tmp_path)
    weights = sorted(d["weight"] for _, _, d in network.edges(data=True))
    assert weights == sorted(len(r.document_ids) for r in graph.relations)
