"""The FtM export: every entity passes followthemoney's validation, references resolve, the mapping holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from followthemoney import model
from followthemoney.cli.cli import cli as ftm_cli

from actormap.export import export
from actormap.export.ftm import document_ref, entity_ref
from actormap.model.graph import CanonicalEntity, GraphRelation

from .conftest import FILE_DOC, URL_DOC


@pytest.fixture
def ftm_file(graph, tmp_path: Path) -> Path:
    path = tmp_path / "map.ftm.json"
    export(graph, "ftm", path)
    return path


@pytest.fixture
def entities(ftm_file: Path) -> list[dict]:
    return [json.loads(line) for line in ftm_file.read_text(encoding="utf-8").splitlines()]


def by_schema(entities: list[dict], schema: str) -> list[dict]:
    return [e for e in entities if e["schema"] == schema]


def links(entities: list[dict], source: str, target: str) -> list[dict]:
    """The edge entities from canonical SOURCE to canonical TARGET."""
    found = []
    for entity in entities:
        schema = model.get(entity["schema"])
        if schema.edge and schema.source_prop and schema.target_prop:
            props = entity["properties"]
            if props.get(schema.source_prop.name) == [entity_ref(source)] and \
                    props.get(schema.target_prop.name) == [entity_ref(target)]:
                found.append(entity)
    return found


def test_ftm_every_entity_passes_schema_validation(entities):
    for data in entities:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract
        schema.validate(data)  # raises InvalidData naming the bad properties
        missing = [name for name in schema.required if not data["properties"].get(name)]
        assert not missing, (data, missing)


def test_ftm_values_survive_recleaning(entities):
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)  # re-parses every value as untrusted input
        assert proxy.id == data["id"]
        assert proxy.to_dict()["properties"] == data["properties"], data


def test_ftm_passes_the_ftm_validate_command(ftm_file, entities, tmp_path):
    checked = tmp_path / "checked.json"
    result = CliRunner().invoke(ftm_cli, ["validate", "-i", str(ftm_file), "-o", str(checked)])
    assert result.exit_code == 0, result.output
    again = [json.loads(line) for line in checked.read_text().splitlines()]
    assert {e["id"]: e["properties"] for e in again} == {e["id"]: e["properties"] for e in entities}


def test_ftm_references_resolve_within_range(entities):
    schemata = {e["id"]: model.get(e["schema"]) for e in entities}
    for data in entities:
        schema = model.get(data["schema"])
        for name, values in data["properties"].items():
            prop = schema.properties[name]
            if prop.type.name != "entity":
                continue
            for value in values:
                assert value in schemata, (data, name)
                assert schemata[value].is_a(prop.range), (data, name)


def test_ftm_ids_unique_and_deterministic(graph, ftm_file, entities, tmp_path):
    assert len({e["id"] for e in entities}) == len(entities)
    again = tmp_path / "again.json"
    export(graph, "ftm", again)
    assert again.read_text() == ftm_file.read_text()


def test_ftm_entity_types_map_to_declared_schemata(entities):
    schemata = {e["id"]: e["schema"] for e in entities}
    assert schemata[entity_ref("p1")] == "Person"
    assert schemata[entity_ref("o1")] == "Organization"
    assert schemata[entity_ref("g1")] == "Organization"
    assert schemata[entity_ref("l1")] == "Address"


def test_ftm_actor_properties(entities):
    people = {e["id"]: e["properties"] for e in by_schema(entities, "Person")}
    ali = people[entity_ref("p1")]
    assert ali["name"] == ["Ali Hassan"]
    assert ali["alias"] == ["Abu Ali"]
    assert ali["description"] == ["militia commander"]
    assert ali["country"] == ["sy"]  # located_in Syria
    groups = [e for e in by_schema(entities, "Organization") if e["id"] == entity_ref("g1")]
    assert groups[0]["properties"]["keywords"] == ["group"]


def test_ftm_locations_are_addresses_with_country_codes(entities):
    addresses = {e["id"]: e["properties"] for e in by_schema(entities, "Address")}
    assert addresses[entity_ref("l1")]["full"] == ["Syria"]
    assert addresses[entity_ref("l1")]["country"] == ["sy"]
    assert "country" not in addresses[entity_ref("l2")]  # Aleppo: no country by name


def test_ftm_relations_use_declared_schemata_with_roles(entities):
    (membership,) = [e for e in links(entities, "p1", "o1") if e["properties"]["role"] == ["commander"]]
    assert membership["schema"] == "Membership"
    (family,) = by_schema(entities, "Family")
    assert family["properties"]["person"] == [entity_ref("p1")]
    assert family["properties"]["relative"] == [entity_ref("p2")]
    assert family["properties"]["relationship"] == ["brother"]
    (associate,) = by_schema(entities, "Associate")
    assert associate["properties"]["relationship"] == ["ally"]


def test_ftm_relations_that_fit_no_schema_become_unknown_links(entities):
    roles = {
        (e["properties"]["subject"][0], e["properties"]["object"][0]): e["properties"]["role"]
        for e in by_schema(entities, "UnknownLink")
    }
    assert roles[(entity_ref("o1"), entity_ref("g1"))] == ["allied_with"]  # not two people
    assert roles[(entity_ref("o1"), entity_ref("o3"))] == ["opposes"]
    assert roles[(entity_ref("p1"), entity_ref("l1"))] == ["located_in"]
    assert roles[(entity_ref("p1"), entity_ref("l2"))] == ["commands"]  # a place is no Organization


def test_ftm_payment_takes_amount_from_money_claim(entities):
    (payment,) = by_schema(entities, "Payment")
    props = payment["properties"]
    assert props["payer"] == [entity_ref("o2")] and props["beneficiary"] == [entity_ref("o1")]
    assert float(props["amount"][0]) == 5_000_000
    assert props["currency"] == ["USD"]


def test_ftm_provenance_documents_and_documentation(graph, entities):
    documents = {e["id"]: e["properties"] for e in by_schema(entities, "Document")}
    web = documents[document_ref(URL_DOC)]
    assert web["sourceUrl"] == ["https://news.example.org/2024/brigade.html"]
    assert web["fileName"] == ["brigade.html"]
    assert web["publisher"] == ["Example News"] and web["publishedAt"] == ["2024-03-01"]
    assert "sourceUrl" not in documents[document_ref(FILE_DOC)]
    pairs = {(e["properties"]["document"][0], e["properties"]["entity"][0])
             for e in by_schema(entities, "Documentation")}
    expected = {(document_ref(d), entity_ref(e.id)) for e in graph.entities for d in e.document_ids}
    assert pairs == expected


def test_ftm_relations_carry_proof_and_sentences(entities):
    (fighter,) = [e for e in links(entities, "p2", "o1")]
    assert sorted(fighter["properties"]["proof"]) == sorted([document_ref(URL_DOC), document_ref(FILE_DOC)])
    assert len(fighter["properties"]["summary"]) == 2
    (allied,) = [e for e in links(entities, "o1", "g1")]
    assert "according to Rival Front" in allied["properties"]["description"][0]


def test_ftm_claims_become_notes(entities):
    notes = {e["properties"]["entity"][0]: e["properties"] for e in by_schema(entities, "Note")}
    fighters = notes[entity_ref("o1")]
    assert fighters["description"] == ["Brigade 7: at least 12,000–15,000 fighters, according to Ali Hassan"]
    assert fighters["proof"] == [document_ref(FILE_DOC)]
    assert fighters["summary"] == ["12,000 fighters"]


def test_ftm_undeclared_types_fall_back(graph, tmp_path):
    graph.entities.append(CanonicalEntity("x1", "vessel", "MV Example"))
    graph.relations.append(GraphRelation("funds", "l1", "x1"))  # a place pays a thing
    path = tmp_path / "fallback.json"
    export(graph, "ftm", path)
    entities = [json.loads(line) for line in path.read_text().splitlines()]
    assert {e["id"]: e["schema"] for e in entities}[entity_ref("x1")] == "LegalEntity"
    (link,) = links(entities, "l1", "x1")
    assert link["schema"] == "UnknownLink" and link["properties"]["role"] == ["funds"]
    test_ftm_every_entity_passes_schema_validation(entities)
