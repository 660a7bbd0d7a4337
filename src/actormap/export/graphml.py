"""GraphML for Gephi, yEd, Cytoscape and networkx's `read_graphml`: one directed multigraph.

Node and edge attributes are declared as GraphML keys with their types (degree and weight
are integers, symmetric a boolean). Written at `finalize` (networkx writes a whole graph).
"""

from __future__ import annotations

import networkx as nx

from actormap.export.common import NetworkExporter


class GraphMLExporter(NetworkExporter):
    """The actor network as GraphML."""

    def dump(self, network: nx.MultiDiGraph) -> None:
        nx.write_graphml(network, self.out, encoding="utf-8", prettyprint=True)
