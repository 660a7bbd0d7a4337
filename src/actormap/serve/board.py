"""The board's view of the store: the resolved map, loaded once and reloaded when the store changes.

`analyze.load_graph` builds the map; this module keeps it with the look-ups the views need
(actors, documents and edges by id, degrees, the search index) and checks at most every
RECHECK_SECONDS whether the store changed (documents, statements, judgements, actors), so an
ingest or a merge made from the command line shows on the next request after that.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import Engine, func, select

from actormap.analyze import load_graph, publisher_of
from actormap.model.graph import CanonicalEntity, Graph, GraphRelation, SourceDocument
from actormap.serve.errors import NotFound
from actormap.serve.search import SearchIndex
from actormap.store.engine import reading
from actormap.store.tables import documents, entities, judgements, statements

RECHECK_SECONDS = 2.0


def edge_id(relation: GraphRelation) -> str:
    """A relation's id on the board: stable while its type, ends and label are."""
    key = "\x1f".join((relation.type, relation.source, relation.target, relation.label or ""))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def store_version(engine: Engine) -> tuple[object, ...]:
    """A cheap fingerprint of what the map is built from: it changes when documents, statements, judgements or actors do."""
    with reading(engine) as conn:
        docs = conn.execute(select(func.count(), func.max(documents.c.ingested_at),
                                   func.count().filter(documents.c.retired.is_(True)))).one()
        facts = conn.execute(select(func.count(), func.count().filter(statements.c.retired.is_(True)))
                             .select_from(statements)).one()
        verdicts = conn.execute(select(func.count(), func.max(judgements.c.id))).one()
        actors = conn.execute(select(func.count(func.distinct(entities.c.canonical_id)))).scalar_one()
    return (*docs, *facts, *verdicts, actors)


@dataclass
class Snapshot:
    """One consistent map with its look-ups."""

    graph: Graph
    version: tuple[object, ...] | None
    entities: dict[str, CanonicalEntity] = field(init=False)
    documents: dict[str, SourceDocument] = field(init=False)
    edges: dict[str, GraphRelation] = field(init=False)
    degree: Counter[str] = field(init=False)

    def __post_init__(self) -> None:
        self.entities = {e.id: e for e in self.graph.entities}
        self.documents = {d.id: d for d in self.graph.documents}
        self.edges = {edge_id(r): r for r in self.graph.relations}
        self.degree = Counter()
        for relation in self.graph.relations:
            self.degree[relation.source] += 1
            self.degree[relation.target] += 1

    @cached_property
    def search(self) -> SearchIndex:
        return SearchIndex(self.graph.entities)

    @cached_property
    def publishers(self) -> dict[str, str]:
        return {d.id: publisher_of(d) for d in self.graph.documents}

    def entity(self, entity_id: str) -> CanonicalEntity:
        found = self.entities.get(entity_id)
        if found is None:
            raise NotFound(f"no actor has the id '{entity_id}'; find ids with /api/entities?q=NAME")
        return found

    def document(self, document_id: str) -> SourceDocument:
        found = self.documents.get(document_id)
        if found is None:
            raise NotFound(f"no current document has the id '{document_id}'")
        return found

    def edge(self, eid: str) -> GraphRelation:
        found = self.edges.get(eid)
        if found is None:
            raise NotFound(f"no relation has the id '{eid}'; the map may have changed since it was drawn")
        return found

    def publishers_of(self, relation: GraphRelation) -> int:
        return len({self.publishers.get(d, d) for d in relation.document_ids})


class Board:
    """The store a board serves, and the latest snapshot of its map."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        """The current map: the cached one unless the store changed since it was built."""
        current = self._snapshot
        if current is not None and time.monotonic() - self._checked < RECHECK_SECONDS:
            return current
        with self._lock:
            if self._snapshot is not None and time.monotonic() - self._checked < RECHECK_SECONDS:
                return self._snapshot
            version = store_version(self.engine)
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = Snapshot(load_graph(self.engine), version)
            self._checked = time.monotonic()
            return self._snapshot

    def invalidate(self) -> None:
        """Rebuild the map on the next request (after this board wrote to the store)."""
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.version = None
            self._checked = 0.0
