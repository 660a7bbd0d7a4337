"""FollowTheMoney entities, one JSON object a line, for Aleph, OpenSanctions and the `ftm` tools.

The FtM schema of each entity and relation type is the `ftm_schema` declared in nouns.yaml;
which properties hold a relation's two ends comes from that schema's own edge declaration
(Membership: member → organization, Payment: payer → beneficiary ...). When an end does not
fit the schema's range (an Associate between two organizations, a Membership in a place) the
relation becomes an UnknownLink whose role is the relation type. Provenance: a Document per
source document, a Documentation linking it to each actor it mentions, and on every relation
FtM's `proof` (its documents) and `summary` (the sentences). Claims become Notes on their
subject; a money claim read in a funds relation's sentence also gives the Payment its amount.
The mapping and its reasons are in docs/export.md. Ids are hashes of stable fields.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import IO
from urllib.parse import urlparse

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.schema import Schema
from followthemoney.types import registry
from followthemoney.util import make_entity_id

from actormap.export.common import Exporter
from actormap.model.graph import (
    CanonicalEntity, Evidence, Graph, GraphClaim, GraphRelation, SourceDocument,
)
from actormap.model.nouns import load_nouns

PREFIX = "actormap"
FALLBACK_ENTITY = "LegalEntity"
FALLBACK_LINK = "UnknownLink"
ROLE_PROPERTIES = ("role", "relationship")
LOCATED_IN = "located_in"
MENTION_ROLE = "mentions"


def ftm_id(*parts: str) -> str:
    """The FtM id that `proxy.make_id(PREFIX, *parts)` gives: a hash of stable fields."""
    made = make_entity_id(PREFIX, *parts)
    assert made is not None  # None only when every part is empty, and PREFIX is not
    return made


def entity_ref(entity_id: str) -> str:
    """The FtM id of a canonical entity."""
    return ftm_id("entity", entity_id)


def document_ref(document_id: str) -> str:
    """The FtM id of a source document."""
    return ftm_id("document", document_id)


class FtMExporter(Exporter):
    """Canonical entities, relations, claims and documents as FollowTheMoney entities."""

    def __init__(self, out: IO[str], graph: Graph) -> None:
        super().__init__(out, graph)
        self.schemata = entity_schemata(graph)
        self.names = {entity.id: entity.name for entity in graph.entities}
        self.documents = {document.id for document in graph.documents}
        self.countries = located_countries(graph, self.schemata)
        self.money = money_claims(graph.claims)

    def write_document(self, document: SourceDocument) -> None:
        self.emit(document_proxy(document))

    def write_entity(self, entity: CanonicalEntity) -> None:
        self.emit(entity_proxy(entity, self.schemata[entity.id], self.countries.get(entity.id, set())))
        for document_id in entity.document_ids:
            if document_id in self.documents:
                self.emit(documentation_proxy(document_id, entity.id))

    def write_relation(self, relation: GraphRelation) -> None:
        schema = relation_schema(relation, self.schemata)
        proxy = relation_proxy(relation, schema, self.names)
        proxy.add("proof", [document_ref(d) for d in relation.document_ids if d in self.documents])
        if schema.is_a("Payment"):
            add_amounts(proxy, backing_claims(relation, self.money))
        self.emit(proxy)

    def write_claim(self, claim: GraphClaim) -> None:
        proxy = note_proxy(claim, self.names)
        if claim.evidence.document_id in self.documents:
            proxy.add("proof", document_ref(claim.evidence.document_id))
        self.emit(proxy)

    def emit(self, proxy: EntityProxy) -> None:
        """Write one entity as a line of JSON."""
        self.out.write(json.dumps(proxy.to_dict(), ensure_ascii=False) + "\n")


# -- the look-ups made once from the whole graph


def entity_schemata(graph: Graph) -> dict[str, Schema]:
    """Each canonical entity's FtM schema, as nouns.yaml declares it for the entity's type."""
    declared = {name: etype.ftm_schema for name, etype in load_nouns().entity_types.items()}
    schemata = {}
    for entity in graph.entities:
        schema = model.get(declared.get(entity.type, FALLBACK_ENTITY))
        schemata[entity.id] = schema or model[FALLBACK_ENTITY]
    return schemata


def country_code(names: Iterable[str]) -> str | None:
    """The ISO code of the first name that is a country ('Syria' → 'sy'), by FtM's country type."""
    for name in names:
        code = registry.country.clean(name)
        if code is not None:
            return code
    return None


def located_countries(graph: Graph, schemata: dict[str, Schema]) -> dict[str, set[str]]:
    """The country codes of each entity: its own name's, and those of places it is located in."""
    codes: dict[str, set[str]] = defaultdict(set)
    for entity in graph.entities:
        if schemata[entity.id].is_a("Address"):
            code = country_code([entity.name, *entity.aliases])
            if code:
                codes[entity.id].add(code)
    for relation in graph.relations:
        if relation.type == LOCATED_IN:
            codes[relation.source] |= codes.get(relation.target, set())
    return codes


def money_claims(claims: list[GraphClaim]) -> dict[str, list[GraphClaim]]:
    """The money claims, by the document they were read in."""
    by_document: dict[str, list[GraphClaim]] = defaultdict(list)
    for claim in claims:
        if claim.unit_class == "money":
            by_document[claim.evidence.document_id].append(claim)
    return by_document


def backing_claims(relation: GraphRelation, money: dict[str, list[GraphClaim]]) -> list[GraphClaim]:
    """The money claims about either end of RELATION read within one of its evidence spans."""
    ends = {relation.source, relation.target}
    return [
        claim
        for evidence in relation.evidence
        for claim in money.get(evidence.document_id, [])
        if claim.subject in ends and overlaps(claim.evidence, evidence)
    ]


def overlaps(one: Evidence, other: Evidence) -> bool:
    return one.document_id == other.document_id and one.start < other.end and other.start < one.end


# -- one FtM entity per noun


def document_proxy(document: SourceDocument) -> EntityProxy:
    """A Document: file name, title, publisher, date and, for a web page, its URL."""
    proxy = model.make_entity("Document")
    proxy.make_id(PREFIX, "document", document.id)
    url = urlparse(document.source)
    if url.scheme in ("http", "https"):
        proxy.add("sourceUrl", document.source)
    proxy.add("fileName", PurePosixPath(url.path or document.source).name or document.id)
    proxy.add("title", document.title)
    proxy.add("publisher", document.publisher)
    proxy.add("publishedAt", document.published)
    return proxy


def entity_proxy(entity: CanonicalEntity, schema: Schema, countries: set[str]) -> EntityProxy:
    """A Person, Organization or Address with its names, descriptors and countries."""
    proxy = model.make_entity(schema)
    proxy.make_id(PREFIX, "entity", entity.id)
    proxy.add("full" if schema.is_a("Address") else "name", entity.name or entity.id)
    proxy.add("alias", entity.aliases)
    proxy.add("description", entity.descriptors)
    proxy.add("keywords", entity.type)
    proxy.add("country", sorted(countries), quiet=True)
    return proxy


def documentation_proxy(document_id: str, entity_id: str) -> EntityProxy:
    """A Documentation: the document mentions the entity."""
    proxy = model.make_entity("Documentation")
    proxy.make_id(PREFIX, "documentation", document_id, entity_id)
    proxy.add("document", document_ref(document_id))
    proxy.add("entity", entity_ref(entity_id))
    proxy.add("role", MENTION_ROLE)
    return proxy


def relation_schema(relation: GraphRelation, schemata: dict[str, Schema]) -> Schema:
    """The declared FtM schema of the relation's type if both ends fit it, else UnknownLink."""
    rtype = load_nouns().relation_types.get(relation.type)
    schema = model.get(rtype.ftm_schema) if rtype else None
    if schema is not None and fits(schema, schemata.get(relation.source), schemata.get(relation.target)):
        return schema
    return model[FALLBACK_LINK]


def fits(schema: Schema, source: Schema | None, target: Schema | None) -> bool:
    """Whether an edge schema's source and target properties accept these two schemata."""
    if not schema.edge or schema.source_prop is None or schema.target_prop is None:
        return False
    ranges = (schema.source_prop.range, schema.target_prop.range)
    return all(end is not None and kind is not None and end.is_a(kind)
               for end, kind in zip((source, target), ranges))


def relation_proxy(relation: GraphRelation, schema: Schema, names: dict[str, str]) -> EntityProxy:
    """The relation as an edge entity: its two ends, its role, a description and its sentences."""
    proxy = model.make_entity(schema)
    proxy.make_id(PREFIX, "relation", relation.type, relation.source, relation.target, relation.label or "")
    proxy.add(schema.source_prop, entity_ref(relation.source))  # type: ignore[arg-type]
    proxy.add(schema.target_prop, entity_ref(relation.target))  # type: ignore[arg-type]
    role = next((name for name in ROLE_PROPERTIES if name in schema.properties), None)
    if role is not None:
        generic = schema.name == FALLBACK_LINK
        proxy.add(role, relation.type if generic else relation.label or relation.type)
    proxy.add("description", describe(relation, names))
    proxy.add("summary", list(dict.fromkeys(e.snippet for e in relation.evidence)))
    return proxy


def describe(relation: GraphRelation, names: dict[str, str]) -> str:
    """'Ali commands Brigade 7 (commander), according to HRW'."""
    verb = relation.type.replace("_", " ")
    text = f"{names.get(relation.source, relation.source)} {verb} {names.get(relation.target, relation.target)}"
    if relation.label:
        text += f" ({relation.label})"
    if relation.attributed_to:
        text += ", according to " + ", ".join(names.get(a, a) for a in relation.attributed_to)
    return text


def add_amounts(proxy: EntityProxy, claims: list[GraphClaim]) -> None:
    """A Payment's amount and currency from the money claims read in its sentences."""
    for claim in claims:
        proxy.add("amount", claim.value)
        proxy.add("currency", claim.unit)
        if claim.unit == "USD":
            proxy.add("amountUsd", claim.value)


def note_proxy(claim: GraphClaim, names: dict[str, str]) -> EntityProxy:
    """A Note on the claim's subject: the number, who claims it and the sentence."""
    proxy = model.make_entity("Note")
    evidence = claim.evidence
    proxy.make_id(PREFIX, "claim", claim.subject, claim.value, claim.unit, claim.qualifier,
                  evidence.document_id, evidence.start, evidence.end)
    proxy.add("entity", entity_ref(claim.subject))
    proxy.add("description", claim_text(claim, names))
    proxy.add("summary", evidence.snippet)
    return proxy


def claim_text(claim: GraphClaim, names: dict[str, str]) -> str:
    """'Makhlouf: at least 54,000 fighters, according to Makhlouf'."""
    amount = number(claim.value) + (f"–{number(claim.value_max)}" if claim.value_max is not None else "")
    qualifier = "" if claim.qualifier == "exact" else f"{claim.qualifier} "
    text = f"{names.get(claim.subject, claim.subject)}: {qualifier}{amount} {claim.unit}"
    if claim.claimant:
        text += f", according to {names.get(claim.claimant, claim.claimant)}"
    return text


def number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
