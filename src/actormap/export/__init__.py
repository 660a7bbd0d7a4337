"""Exporters of a `Graph`: FollowTheMoney, GEXF, GraphML, CSV and JSON Lines (docs/export.md).

`EXPORTERS` names each format's class; `export(graph, fmt, destination)` is what
`actormap export --format FMT [-o FILE]` calls.
"""

from __future__ import annotations

from actormap.errors import ActormapError
from actormap.export.common import Destination, Exporter, graph_items
from actormap.export.csv import CSVExporter
from actormap.export.ftm import FtMExporter
from actormap.export.gexf import GEXFExporter
from actormap.export.graphml import GraphMLExporter
from actormap.export.jsonl import JSONLExporter
from actormap.model.graph import Graph

EXPORTERS: dict[str, type[Exporter]] = {
    "ftm": FtMExporter,
    "gexf": GEXFExporter,
    "graphml": GraphMLExporter,
    "csv": CSVExporter,
    "jsonl": JSONLExporter,
}


def exporter_class(fmt: str) -> type[Exporter]:
    """The exporter of format FMT; an unknown name is an ActormapError listing the formats."""
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise ActormapError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORTERS)}") from None


def export(graph: Graph, fmt: str, destination: Destination) -> None:
    """Write GRAPH in format FMT to DESTINATION: a path, or an open text or binary stream.

    csv needs a path (it writes two files, see `export/csv.py`); the stream given is left open.
    """
    with exporter_class(fmt).opened(destination, graph) as exporter:
        for item in graph_items(graph):
            exporter.write(item)
        exporter.finalize()


__all__ = ["EXPORTERS", "Exporter", "export", "exporter_class"]
