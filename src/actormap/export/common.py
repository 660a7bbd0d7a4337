"""The exporter interface: items of a `Graph` go in through `write`, `finalize` completes the output.

Every format is one `Exporter` subclass in its own module (`export/ftm.py`, `export/gexf.py` ...),
named in the `EXPORTERS` table of `export/__init__.py`. The graph itself is handed to the
constructor for look-ups (an endpoint's type, a node's degree); the output is written from the
items `write` receives, as they arrive, wherever the format allows.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from os import PathLike
from pathlib import Path
from typing import IO, Any, ClassVar, TypeAlias

import networkx as nx

from actormap.errors import ActormapError
from actormap.model.graph import CanonicalEntity, Graph, GraphClaim, GraphRelation, SourceDocument
from actormap.model.nouns import load_nouns

Item: TypeAlias = SourceDocument | CanonicalEntity | GraphRelation | GraphClaim
Destination: TypeAlias = str | PathLike[str] | IO[Any]

SEPARATOR = "; "


class Exporter:
    """Base exporter: `write` each item of a graph, then `finalize` once."""

    #: whether the format is bytes (GEXF, GraphML) rather than text
    binary: ClassVar[bool] = False

    def __init__(self, out: IO[Any], graph: Graph) -> None:
        self.out = out
        self.graph = graph

    def write(self, item: Item) -> None:
        """Export one item: a source document, a canonical entity, a relation or a claim."""
        if isinstance(item, SourceDocument):
            self.write_document(item)
        elif isinstance(item, CanonicalEntity):
            self.write_entity(item)
        elif isinstance(item, GraphRelation):
            self.write_relation(item)
        elif isinstance(item, GraphClaim):
            self.write_claim(item)
        else:
            raise TypeError(f"cannot export {type(item).__name__}")

    def write_document(self, document: SourceDocument) -> None:
        """Export a source document (formats without documents ignore it)."""

    def write_entity(self, entity: CanonicalEntity) -> None:
        """Export a canonical entity."""

    def write_relation(self, relation: GraphRelation) -> None:
        """Export a relation."""

    def write_claim(self, claim: GraphClaim) -> None:
        """Export a claim (formats without claims ignore it)."""

    def finalize(self) -> None:
        """Complete the output once every item is written."""

    @classmethod
    @contextmanager
    def opened(cls, destination: Destination, graph: Graph) -> Iterator[Exporter]:
        """An exporter writing to DESTINATION (a path or an open stream), closed afterwards."""
        with open_stream(destination, binary=cls.binary) as out:
            yield cls(out, graph)


def graph_items(graph: Graph) -> Iterator[Item]:
    """Every item of the graph in export order: documents, entities, relations, claims."""
    yield from graph.documents
    yield from graph.entities
    yield from graph.relations
    yield from graph.claims


def degrees(graph: Graph) -> Counter[str]:
    """Each entity's number of relations, in and out (a relation to itself counts twice)."""
    counts: Counter[str] = Counter()
    for relation in graph.relations:
        counts[relation.source] += 1
        counts[relation.target] += 1
    return counts


def symmetric_types() -> frozenset[str]:
    """The relation types declared symmetric in nouns.yaml (family, opposes, allied_with)."""
    return frozenset(name for name, rtype in load_nouns().relation_types.items() if rtype.symmetric)


def joined(values: list[str]) -> str:
    """Several values in one text cell or attribute."""
    return SEPARATOR.join(values)


def is_stream(destination: Destination) -> bool:
    return hasattr(destination, "write")


@contextmanager
def open_stream(destination: Destination, binary: bool) -> Iterator[IO[Any]]:
    """A text or binary stream on DESTINATION; a stream given is adapted and left open."""
    if is_stream(destination):
        with _adapted(destination, binary) as out:  # type: ignore[arg-type]
            yield out
        return
    with open_path(Path(destination), binary) as out:  # type: ignore[arg-type]
        yield out


@contextmanager
def open_path(path: Path, binary: bool) -> Iterator[IO[Any]]:
    """PATH opened for writing; an unwritable path is an ActormapError naming it."""
    try:
        handle = path.open("wb") if binary else path.open("w", encoding="utf-8", newline="")
    except OSError as error:
        raise ActormapError(f"{path}: cannot write the export ({error.strerror})") from error
    with handle:
        yield handle


@contextmanager
def _adapted(stream: IO[Any], binary: bool) -> Iterator[IO[Any]]:
    text = isinstance(stream, io.TextIOBase)
    if binary and text:
        if not hasattr(stream, "buffer"):
            raise ActormapError("this format writes bytes: give a file path or a binary stream")
        stream.flush()
        yield stream.buffer
        stream.buffer.flush()
    elif not binary and not text:
        wrapper = io.TextIOWrapper(stream, encoding="utf-8", newline="")
        yield wrapper
        wrapper.flush()
        wrapper.detach()  # leave the caller's stream open
    else:
        yield stream
        stream.flush()


class NetworkExporter(Exporter):
    """Base of the graph-file formats: builds a networkx MultiDiGraph, written at `finalize`.

    Nodes carry type, name, aliases and degree; edges type, label, weight (the number of
    distinct backing documents), documents and whether the relation type is symmetric.
    Symmetric relations stay single directed edges, marked `symmetric`.
    """

    binary = True

    def __init__(self, out: IO[Any], graph: Graph) -> None:
        super().__init__(out, graph)
        self.network = nx.MultiDiGraph()
        self.degrees = degrees(graph)
        self.symmetric = symmetric_types()

    def write_entity(self, entity: CanonicalEntity) -> None:
        self.network.add_node(
            entity.id, type=entity.type, name=entity.name, label=entity.name,
            aliases=joined(entity.aliases), degree=self.degrees[entity.id],
        )

    def write_relation(self, relation: GraphRelation) -> None:
        for end in (relation.source, relation.target):
            if end not in self.network:  # an endpoint the graph does not list still gets a node
                self.network.add_node(end, type="", name=end, label=end, aliases="",
                                      degree=self.degrees[end])
        self.network.add_edge(relation.source, relation.target, **self.edge_attributes(relation))

    def edge_attributes(self, relation: GraphRelation) -> dict[str, Any]:
        """The attributes of a relation's edge."""
        return {
            "type": relation.type, "label": relation.label or "",
            "weight": len(relation.document_ids), "documents": joined(relation.document_ids),
            "attributed_to": joined(relation.attributed_to),
            "symmetric": relation.type in self.symmetric,
        }

    def finalize(self) -> None:
        self.dump(self.network)

    def dump(self, network: nx.MultiDiGraph) -> None:
        """Write NETWORK to the output stream in the format."""
        raise NotImplementedError
