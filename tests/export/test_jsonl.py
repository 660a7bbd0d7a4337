"""The JSON Lines export: one object a line with its kind and every field, evidence included."""

from __future__ import annotations

import io
import json
from collections import Counter

from actormap.export import export
from actormap.model.graph import GraphClaim, GraphRelation


def lines(graph) -> list[dict]:
    out = io.StringIO()
    export(graph, "jsonl", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_one_object_per_item_with_kind(graph):
    kinds = Counter(obj["kind"] for obj in lines(graph))
    assert kinds == {"document": len(graph.documents), "entity": len(graph.entities),
                     "relation": len(graph.relations), "claim": len(graph.claims)}


def test_jsonl_relations_keep_evidence_and_documents(graph):
    relations = [obj for obj in lines(graph) if obj["kind"] == "relation"]
    fighter = next(r for r in relations if r["label"] == "fighter")
    assert fighter["document_ids"] == ["d-file", "d-url"]
    assert {e["document_id"] for e in fighter["evidence"]} == {"d-url", "d-file"}
    assert fighter["evidence"][0]["snippet"]


def test_jsonl_round_trips_the_graph_nouns(graph):
    objects = lines(graph)
    relations = [o for o in objects if o["kind"] == "relation"]
    claims = [o for o in objects if o["kind"] == "claim"]
    for obj in relations:
        del obj["kind"], obj["document_ids"]
    for obj in claims:
        del obj["kind"]
    assert [GraphRelation(**{**r, "evidence": r["evidence"]}).type for r in relations] == \
        [r.type for r in graph.relations]
    assert claims[0]["evidence"]["snippet"] == graph.claims[0].evidence.snippet
    assert GraphClaim(**claims[1]).value_max == 15_000
