"""Queries over the store: the resolved map, an actor's profile, the claims board, paths between actors.

Everything here reads the store and returns `model.graph` nouns (or small dataclasses around
them); nothing prints. `load_graph` builds the map every other query starts from: one
`CanonicalEntity` per `entities.canonical_id` (written by `actormap.resolve`), relations and
claims mapped onto canonical ids, every fact with its evidence (the document's own words).
See docs/resolution.md for the rules, the claims board's included.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx
from sqlalchemy import Connection, Engine, func, select

from actormap import names
from actormap.errors import ActormapError
from actormap.model.graph import CanonicalEntity, Evidence, Graph, GraphClaim, GraphRelation, SourceDocument
from actormap.model.nouns import load_nouns
from actormap.resolve import Mention, load_mentions
from actormap.store.engine import reading
from actormap.store.judgements import current_documents, load
from actormap.store.tables import documents, statements

# --------------------------------------------------------------------------
# The map
# --------------------------------------------------------------------------


def canonical_name(members: list[Mention]) -> str:
    """The name an actor goes by: its entities' most frequent full name (then the longest, then the first in document order)."""
    etype = Counter(m.type for m in members).most_common(1)[0][0]
    full = [m.name for m in members if _several_words(m.name, etype)] or [m.name for m in members]
    counts = Counter(full)
    first = {n: i for i, n in reversed(list(enumerate(full)))}
    return max(counts, key=lambda n: (counts[n], len(n), -first[n]))


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "the"})


def _several_words(name: str, etype: str) -> bool:
    """Any name of a body or place; a person's name of two or more words besides particles (no name database needed)."""
    return etype != "person" or sum(w not in _PARTICLES for w in names.normalize(name).split()) >= 2


def _entity_type(members: list[Mention]) -> str:
    counts = Counter(m.type for m in members)
    return max(counts, key=lambda t: (counts[t], t == "person", t))


def _renames(conn: Connection, mentions: list[Mention]) -> dict[str, str]:
    """Canonical id -> the name the latest rename of it gives."""
    judgements = [j for j in load(conn) if j.action == "rename"]
    if not judgements:
        return {}
    carried = current_documents(conn)
    where = {(m.document, names.normalize(n)): m.canonical_id for m in mentions for n in m.names}
    renamed: dict[str, str] = {}
    for judgement in judgements:
        votes: Counter[str] = Counter()
        for anchor in judgement.anchors:
            for document in {anchor.document} | carried.get(anchor.source, set()):
                canonical = where.get((document, names.normalize(anchor.name)))
                if canonical:
                    votes[canonical] += 1
        if votes:
            renamed[max(votes, key=lambda c: (votes[c], c))] = judgement.name  # type: ignore[assignment]
    return renamed


def _entities(conn: Connection) -> tuple[list[CanonicalEntity], dict[tuple[str, str], str]]:
    mentions = load_mentions(conn)
    clusters: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        clusters[m.canonical_id].append(m)
    renamed = _renames(conn, mentions)
    result = []
    for cid, members in clusters.items():
        name = renamed.get(cid) or canonical_name(members)
        counts = Counter(n for m in members for n in dict.fromkeys(m.names))
        aliases = sorted((n for n in counts if n != name), key=lambda n: (-counts[n], n.casefold(), n))
        descriptors = list(dict.fromkeys(d for m in members for d in m.descriptors))
        docs = sorted({m.document for m in members})
        result.append(CanonicalEntity(cid, _entity_type(members), name, aliases, descriptors, docs))
    result.sort(key=lambda e: (e.name.casefold(), e.id))
    return result, {(m.document, m.local_id): m.canonical_id for m in mentions}


def _facts(conn: Connection, kind: str) -> list[tuple[str, dict, Evidence]]:
    """(document id, item, evidence) of every current statement of KIND, the snippet cut by the database."""
    length = statements.c.span_end - statements.c.span_start
    snippet = func.substr(documents.c.text, statements.c.span_start + 1, length)
    rows = conn.execute(
        select(statements.c.document_id, statements.c.item, statements.c.span_start, statements.c.span_end, snippet)
        .join(documents, documents.c.id == statements.c.document_id)
        .where(statements.c.kind == kind, statements.c.retired.is_(False), documents.c.retired.is_(False))
        .order_by(statements.c.document_id, statements.c.span_start, statements.c.id)
    ).all()
    return [(d, item, Evidence(d, start or 0, end or 0, text or "")) for d, item, start, end, text in rows]


def _relations(conn: Connection, canonical: dict[tuple[str, str], str]) -> list[GraphRelation]:
    """Relations between canonical actors: one per (type, ends, label), with every document's evidence."""
    symmetric = {name for name, r in load_nouns().relation_types.items() if r.symmetric}
    merged: dict[tuple, GraphRelation] = {}
    for document, item, evidence in _facts(conn, "relation"):
        source, target = canonical.get((document, item["source"])), canonical.get((document, item["target"]))
        if source is None or target is None or source == target:
            continue
        ends = tuple(sorted((source, target))) if item["type"] in symmetric else (source, target)
        key = (item["type"], ends, item.get("label"))
        relation = merged.setdefault(key, GraphRelation(item["type"], source, target, item.get("label")))
        relation.evidence.append(evidence)
        claimed_by = canonical.get((document, item.get("attributed_to") or ""))
        if claimed_by and claimed_by not in relation.attributed_to:
            relation.attributed_to.append(claimed_by)
    return sorted(merged.values(), key=lambda r: (r.type, r.source, r.target, r.label or ""))


def _claims(conn: Connection, canonical: dict[tuple[str, str], str]) -> list[GraphClaim]:
    result = []
    for document, item, evidence in _facts(conn, "claim"):
        subject = canonical.get((document, item.get("subject") or ""))
        if subject is None:
            continue
        result.append(GraphClaim(
            subject=subject, value=item["value"], unit=item["unit"], unit_class=item.get("unit_class") or "count",
            qualifier=item.get("qualifier") or "exact", evidence=evidence,
            claimant=canonical.get((document, item.get("claimant") or "")), value_max=item.get("value_max"),
        ))
    return result


def _documents(conn: Connection) -> list[SourceDocument]:
    rows = conn.execute(
        select(documents.c.id, documents.c.source, documents.c.title, documents.c.publisher, documents.c.published)
        .where(documents.c.retired.is_(False)).order_by(documents.c.id)
    ).all()
    return [SourceDocument(*row) for row in rows]


def load_graph(engine: Engine) -> Graph:
    """The resolved map: canonical actors, their relations and claims, and the current documents, from one snapshot."""
    with reading(engine) as conn:
        entities, canonical = _entities(conn)
        return Graph(entities=entities, relations=_relations(conn, canonical), claims=_claims(conn, canonical),
                     documents=_documents(conn))


def find_entity(graph: Graph, reference: str) -> CanonicalEntity:
    """The actor REFERENCE names: its id (or a unique prefix of 6+ characters), else its name, else one of its aliases
    (case and transliteration-independent). Ambiguous or unknown references are an ActormapError listing candidates."""
    exact = graph.entity(reference)
    if exact:
        return exact
    if len(reference) >= 6:
        prefixed = [e for e in graph.entities if e.id.startswith(reference)]
        if len(prefixed) == 1:
            return prefixed[0]
    wanted = names.normalize(reference)
    for found in ([e for e in graph.entities if names.normalize(e.name) == wanted],
                  [e for e in graph.entities if wanted in {names.normalize(a) for a in e.aliases}]):
        if len(found) == 1:
            return found[0]
        if found:
            listed = "; ".join(f"{e.id} {e.name} ({e.type}, {len(e.document_ids)} documents)" for e in found)
            raise ActormapError(f"'{reference}' names {len(found)} actors: {listed}. Give the id instead")
    near = [e.name for e in graph.entities if wanted and wanted in names.normalize(" ".join([e.name, *e.aliases]))][:5]
    hint = f" Did you mean: {', '.join(near)}?" if near else " List them with `actormap entities`."
    raise ActormapError(f"no actor is named '{reference}'.{hint}")


# --------------------------------------------------------------------------
# Profile
# --------------------------------------------------------------------------


@dataclass
class Link:
    """One relation seen from an actor: the other end, which way it points, and what backs it."""

    relation: GraphRelation
    counterpart: CanonicalEntity
    outgoing: bool  # the actor is the relation's source
    documents: int
    publishers: int


@dataclass
class Profile:
    """An actor with its relations grouped by type, the claims about it, and the documents naming it."""

    entity: CanonicalEntity
    relations: dict[str, list[Link]] = field(default_factory=dict)
    claims: list[GraphClaim] = field(default_factory=list)
    documents: list[SourceDocument] = field(default_factory=list)


class _Index:
    """Entities and documents of a graph by id (Graph's own look-ups scan the lists)."""

    def __init__(self, graph: Graph) -> None:
        self.entities = {e.id: e for e in graph.entities}
        self.documents = {d.id: d for d in graph.documents}


def publisher_of(document: SourceDocument) -> str:
    """Who published a document: its publisher, else the host of a URL source, else its source."""
    if document.publisher:
        return document.publisher
    if "://" in document.source:
        return document.source.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
    return document.source


def backing(index: _Index, relation: GraphRelation) -> tuple[int, int]:
    """How many distinct documents and publishers back RELATION."""
    docs = [index.documents.get(d) for d in relation.document_ids]
    return len(relation.document_ids), len({publisher_of(d) for d in docs if d is not None})


def profile(engine: Engine, reference: str, graph: Graph | None = None) -> Profile:
    """The profile of the actor REFERENCE names (see `find_entity`)."""
    graph = graph or load_graph(engine)
    entity = find_entity(graph, reference)
    index = _Index(graph)
    result = Profile(entity, documents=[d for d in graph.documents if d.id in set(entity.document_ids)])
    for relation in graph.relations:
        if entity.id not in (relation.source, relation.target):
            continue
        outgoing = relation.source == entity.id
        other = index.entities.get(relation.target if outgoing else relation.source)
        if other is not None:
            result.relations.setdefault(relation.type, []).append(Link(relation, other, outgoing, *backing(index, relation)))
    for links in result.relations.values():
        links.sort(key=lambda link: (-link.documents, link.counterpart.name.casefold()))
    result.claims = [c for c in graph.claims if c.subject == entity.id]
    return result


# --------------------------------------------------------------------------
# Claims board
# --------------------------------------------------------------------------

#: Relative slack of "about": "about 1,500" covers 1,350-1,650.
ABOUT = 0.1


def interval(claim: GraphClaim) -> tuple[float, float]:
    """The values a claim allows: exact v -> [v, v]; a range -> [v, max]; about -> +/-10 %; at least -> [v, inf);
    more than -> (v, inf); up to -> [0, v]."""
    low, high = float(claim.value), float(claim.value_max if claim.value_max is not None else claim.value)
    qualifier = claim.qualifier
    if qualifier == "about":
        return low * (1 - ABOUT), high * (1 + ABOUT)
    if qualifier == "at least":
        return low, math.inf
    if qualifier == "more than":
        return math.nextafter(low, math.inf), math.inf
    if qualifier == "up to":
        return 0.0, high
    return low, high


def agree(a: GraphClaim, b: GraphClaim) -> bool:
    """Whether two claims can both be true: their intervals overlap."""
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    return a_low <= b_high and b_low <= a_high


@dataclass
class BoardEntry:
    """One claim on the board with who made it, where, and how it stands against the others."""

    claim: GraphClaim
    claimant: CanonicalEntity | None
    document: SourceDocument | None
    corroborated_by: list[int] = field(default_factory=list)  # entries from other documents it agrees with
    conflicts_with: list[int] = field(default_factory=list)  # entries it cannot be true together with


@dataclass
class BoardRow:
    """Every claim about one subject in one unit."""

    subject: CanonicalEntity
    unit: str
    entries: list[BoardEntry]

    @property
    def conflicted(self) -> bool:
        return any(e.conflicts_with for e in self.entries)


def _board_row(index: _Index, subject: CanonicalEntity, unit: str, claims: list[GraphClaim]) -> BoardRow:
    entries = [BoardEntry(c, index.entities.get(c.claimant or ""), index.documents.get(c.evidence.document_id))
               for c in claims]
    for i, j in ((i, j) for i in range(len(entries)) for j in range(len(entries)) if i != j):
        a, b = entries[i].claim, entries[j].claim
        if not agree(a, b):
            entries[i].conflicts_with.append(j)
        elif a.evidence.document_id != b.evidence.document_id:
            entries[i].corroborated_by.append(j)
    return BoardRow(subject, unit, entries)


def claims_board(engine: Engine, name: str | None = None, unit: str | None = None, graph: Graph | None = None) -> list[BoardRow]:
    """The claims board: for each subject and unit, every claim, with conflicts and corroboration (see `agree`).

    NAME limits it to one actor (see `find_entity`); UNIT to a unit or a unit class ("fighters", "money")."""
    graph = graph or load_graph(engine)
    subject_id = find_entity(graph, name).id if name else None
    wanted = unit.casefold() if unit else None
    groups: dict[tuple[str, str], list[GraphClaim]] = defaultdict(list)
    for claim in graph.claims:
        if subject_id and claim.subject != subject_id:
            continue
        if wanted and wanted not in (claim.unit.casefold(), claim.unit_class.casefold()):
            continue
        groups[(claim.subject, claim.unit.casefold())].append(claim)
    rows = []
    index = _Index(graph)
    for (subject, _), claims in groups.items():
        entity = index.entities.get(subject)
        if entity is not None:
            claims.sort(key=lambda c: (c.value, c.evidence.document_id, c.evidence.start))
            rows.append(_board_row(index, entity, claims[0].unit, claims))
    rows.sort(key=lambda r: (not r.conflicted, r.subject.name.casefold(), r.unit))
    return rows


# --------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------


@dataclass
class Step:
    """One link of a path: from one actor to the next, with the relations between them (best backed first)."""

    source: CanonicalEntity
    target: CanonicalEntity
    relations: list[GraphRelation]


def shortest_path(engine: Engine, a: str, b: str, graph: Graph | None = None) -> list[Step] | None:
    """The shortest chain of sourced relations between the actors A and B name, in either direction;
    None when no chain links them, [] when they are the same actor."""
    graph = graph or load_graph(engine)
    start, end = find_entity(graph, a), find_entity(graph, b)
    network = nx.Graph()
    network.add_nodes_from(e.id for e in graph.entities)
    between: dict[frozenset[str], list[GraphRelation]] = defaultdict(list)
    for relation in graph.relations:
        between[frozenset((relation.source, relation.target))].append(relation)
        network.add_edge(relation.source, relation.target)
    try:
        route = nx.shortest_path(network, start.id, end.id)
    except nx.NetworkXNoPath:
        return None
    index = _Index(graph)
    return [
        Step(index.entities[here], index.entities[there],
             sorted(between[frozenset((here, there))], key=lambda r: (-len(r.document_ids), r.type)))
        for here, there in zip(route, route[1:])
    ]
