"""JSON Lines: one object per line for every document, entity, relation and claim, evidence included.

Each object has a `kind` (`document`, `entity`, `relation`, `claim`) and every field of the
`Graph` noun it comes from (`model/graph.py`); a relation also lists its `document_ids`.
Lines are written as the items arrive.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from actormap.export.common import Exporter
from actormap.model.graph import CanonicalEntity, GraphClaim, GraphRelation, SourceDocument


class JSONLExporter(Exporter):
    """One JSON object per line, with a `kind` field."""

    def write_document(self, document: SourceDocument) -> None:
        self._line("document", asdict(document))

    def write_entity(self, entity: CanonicalEntity) -> None:
        self._line("entity", asdict(entity))

    def write_relation(self, relation: GraphRelation) -> None:
        self._line("relation", {**asdict(relation), "document_ids": relation.document_ids})

    def write_claim(self, claim: GraphClaim) -> None:
        self._line("claim", asdict(claim))

    def _line(self, kind: str, fields: dict[str, Any]) -> None:
        self.out.write(json.dumps({"kind": kind, **fields}, ensure_ascii=False) + "\n")
