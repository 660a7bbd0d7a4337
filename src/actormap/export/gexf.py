"""GEXF for Gephi (and networkx's `read_gexf`): the actor network as one directed multigraph.

GEXF reserves an edge's `type` for its direction, so the relation type travels in the edge
attribute `relation`; `label` and `weight` are GEXF's own edge fields. Written at `finalize`
(networkx writes a whole graph).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from actormap.export.common import NetworkExporter
from actormap.model.graph import GraphRelation


class GEXFExporter(NetworkExporter):
    """The actor network as GEXF 1.2."""

    def edge_attributes(self, relation: GraphRelation) -> dict[str, Any]:
        attributes = super().edge_attributes(relation)
        attributes["relation"] = attributes.pop("type")
        return attributes

    def dump(self, network: nx.MultiDiGraph) -> None:
        nx.write_gexf(network, self.out, encoding="utf-8", prettyprint=True)
