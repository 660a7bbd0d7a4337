"""CSV: two tables, nodes (one row per canonical entity) and edges (one row per relation).

One destination names both files: a directory (existing, or written with a trailing `/`)
gets `nodes.csv` and `edges.csv`; any other path `FILE` (or `FILE.csv`) gets
`FILE.nodes.csv` and `FILE.edges.csv`. A stream cannot hold two tables, so it is refused.
Rows are written as the items arrive. The edge column is `relation`, not `type`, because
Gephi's spreadsheet import reads an edge `type` column as the edge direction.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

from actormap.errors import ActormapError
from actormap.export.common import (
    Destination, Exporter, degrees, is_stream, joined, open_path, symmetric_types,
)
from actormap.model.graph import CanonicalEntity, Graph, GraphRelation

NODE_COLUMNS = ["id", "type", "name", "aliases", "descriptors", "documents", "degree"]
EDGE_COLUMNS = ["source", "target", "relation", "label", "symmetric", "weight", "documents",
                "attributed_to", "source_name", "target_name"]


class CSVExporter(Exporter):
    """Nodes and edges as two CSV tables."""

    def __init__(self, nodes: IO[str], edges: IO[str], graph: Graph) -> None:
        super().__init__(nodes, graph)
        self.nodes = csv.DictWriter(nodes, NODE_COLUMNS)
        self.edges = csv.DictWriter(edges, EDGE_COLUMNS)
        self.nodes.writeheader()
        self.edges.writeheader()
        self.degrees = degrees(graph)
        self.names = {entity.id: entity.name for entity in graph.entities}
        self.symmetric = symmetric_types()

    def write_entity(self, entity: CanonicalEntity) -> None:
        self.nodes.writerow({
            "id": entity.id, "type": entity.type, "name": entity.name,
            "aliases": joined(entity.aliases), "descriptors": joined(entity.descriptors),
            "documents": joined(entity.document_ids), "degree": self.degrees[entity.id],
        })

    def write_relation(self, relation: GraphRelation) -> None:
        self.edges.writerow({
            "source": relation.source, "target": relation.target, "relation": relation.type,
            "label": relation.label or "", "symmetric": relation.type in self.symmetric,
            "weight": len(relation.document_ids), "documents": joined(relation.document_ids),
            "attributed_to": joined(relation.attributed_to),
            "source_name": self.names.get(relation.source, ""),
            "target_name": self.names.get(relation.target, ""),
        })

    @classmethod
    @contextmanager
    def opened(cls, destination: Destination, graph: Graph) -> Iterator[Exporter]:
        if is_stream(destination):
            raise ActormapError("csv export writes two tables (nodes and edges): "
                                "give -o DIR/ or -o FILE for FILE.nodes.csv and FILE.edges.csv")
        nodes_path, edges_path = table_paths(destination)  # type: ignore[arg-type]
        with ExitStack() as stack:
            nodes = stack.enter_context(open_path(nodes_path, binary=False))
            edges = stack.enter_context(open_path(edges_path, binary=False))
            yield cls(nodes, edges, graph)


def table_paths(destination: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The nodes and edges files that DESTINATION names (see the module docstring)."""
    raw = os.fspath(destination)
    path = Path(raw)
    if path.is_dir() or raw.endswith(("/", os.sep)):
        _make_dir(path)
        return path / "nodes.csv", path / "edges.csv"
    stem = path.with_suffix("") if path.suffix == ".csv" else path
    return stem.with_name(f"{stem.name}.nodes.csv"), stem.with_name(f"{stem.name}.edges.csv")


def _make_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ActormapError(f"{path}: cannot create the export directory ({error.strerror})") from error
