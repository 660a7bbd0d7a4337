"""The resolution corpus: eight invented articles on one story from different publishers, plus one Arabic record.

The articles (examples/coast-story/*.html, *.txt: also the demo corpus) spell the same people and places
different ways (Makhlouf/Makhluf, Ahmed/Ahmad al-Sharaa, Tartous/Tartus, Hezbollah/Hizballah/
Hizbullah, Qasem/Qassem Soleimani, Maher/Mahir al-Assad) and name different actors that look
alike (Bashar, Maher and Hafez al-Assad; Ahmed al-Sharaa and Ahmed al-Shami; the brothers Rami
and Ihab Makhluf; Niger and Nigeria; Qassem Soleimani and Naim Qassem). The English pipeline
reads no Arabic, so the Arabic statement is a hand-made record. `gold.yaml` says who is who;
`score` measures a store against it through `actormap entities --json`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml
from sqlalchemy import Engine

from actormap.ingest.batch import ingest_paths
from actormap.model import Document, Record
from actormap.store import write_document

CORPUS = Path(__file__).parent.parent / "examples" / "coast-story"
GOLD = Path(__file__).parent / "fixtures" / "resolution" / "gold.yaml"
ARABIC_SOURCE = "telegram/tartus-governorate-statement.txt"
EXTRACTOR = ("actormap.extract", "test")


def arabic_statement() -> tuple[Document, Record]:
    """A Tartus governorate statement in Arabic, with its record written by hand."""
    text = "بيان من محافظة طرطوس\nقال الرئيس أحمد الشرع إن رامي مخلوف لا يملك أي قوة على الساحل، وإن حزب الله لم يتدخل في طرطوس."
    document = Document(text=text, source=ARABIC_SOURCE, title="بيان من محافظة طرطوس", publisher="Tartus Governorate")
    found = [("e1", "location", "طرطوس"), ("e2", "person", "أحمد الشرع"), ("e3", "person", "رامي مخلوف"),
             ("e4", "organization", "حزب الله")]
    entities = []
    for local, etype, name in found:
        start = text.index(name)
        entities.append({"id": local, "type": etype, "name": name, "aliases": [], "descriptors": [],
                         "mentions": [{"start": start, "end": start + len(name)}]})
    record: Record = {
        "format": "actormap.document/1",
        "document": {"id": document.id, "title": document.title or "", "source": document.source, "published": None},
        "entities": entities, "relations": [], "claims": [], "quotes": [],
    }
    return document, record


def build(engine: Engine, nlp=None, folder: Path = CORPUS) -> None:
    """Ingest the articles of FOLDER (the real pipeline) and the Arabic record into ENGINE's store."""
    ingest_paths([folder], engine, nlp=nlp)
    document, record = arabic_statement()
    write_document(engine, document.source, document, record, EXTRACTOR)


@dataclass
class Score:
    """Pairs that must merge and merged, pairs that must stay apart and did; each miss named."""

    merged: int = 0
    merge_pairs: int = 0
    apart: int = 0
    apart_pairs: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def merge_rate(self) -> float:
        return self.merged / self.merge_pairs if self.merge_pairs else 1.0

    @property
    def apart_rate(self) -> float:
        return self.apart / self.apart_pairs if self.apart_pairs else 1.0


def _lookup(entities: list[dict], stem: str, name: str) -> str | None:
    """The id of the actor named NAME (as name or alias) in the document whose source ends in STEM."""
    for entity in entities:
        in_document = any(Path(source).stem == stem for source in entity["documents"])
        if in_document and (entity["name"] == name or name in entity["aliases"]):
            return entity["id"]
    return None


def score(entities_json: str, gold_path: Path = GOLD) -> Score:
    """Score the output of `actormap entities --json` against the gold file."""
    entities = [json.loads(line) for line in entities_json.splitlines() if line.strip()]
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    ids = {actor: {(stem, name): _lookup(entities, stem, name) for stem, name in seen.items()}
           for actor, seen in gold["actors"].items()}
    result = Score()
    for actor, found in ids.items():
        for (a, id_a), (b, id_b) in combinations(found.items(), 2):
            result.merge_pairs += 1
            if id_a is not None and id_a == id_b:
                result.merged += 1
            else:
                result.misses.append(f"not merged: {actor}: {a} / {b}")
    for first, second in gold["apart"]:
        for (a, id_a) in ids[first].items():
            for (b, id_b) in ids[second].items():
                result.apart_pairs += 1
                if id_a is None or id_b is None or id_a != id_b:
                    result.apart += 1
                else:
                    result.misses.append(f"merged: {first} {a} / {second} {b}")
    return result


def hand_document(
    engine: Engine,
    source: str,
    entities: list[tuple],
    relations: list[tuple] = (),  # type: ignore[assignment]
    claims: list[tuple] = (),  # type: ignore[assignment]
    publisher: str | None = None,
    title: str | None = None,
) -> Document:
    """Store a document written by hand: no pipeline needed.

    ENTITIES: (type, name[, aliases[, descriptors]]), local ids e1, e2 ... in order.
    RELATIONS: (type, source name, target name[, label]), each read in a sentence of its own.
    CLAIMS: (subject name, value, unit, qualifier[, claimant name[, value_max]]), likewise.
    """
    title = title or f"Report from {source}"
    lines = [title, ". ".join(e[1] for e in entities) + "."]
    spans: list[tuple[int, int]] = []

    def sentence(text: str) -> None:
        start = len("\n".join(lines)) + 1
        lines.append(text)
        spans.append((start, start + len(text)))

    for relation in relations:
        sentence(f"{relation[1]} {relation[0].replace('_', ' ')} {relation[2]}.")
    for claim in claims:
        sentence(f"{claim[0]} has {claim[1]:,} {claim[2]}.")
    text = "\n".join(lines)
    document = Document(text=text, source=source, title=title, publisher=publisher)
    ids = {e[1]: f"e{i}" for i, e in enumerate(entities, start=1)}
    first_line = len(title) + 1
    records = []
    for e in entities:
        start = text.index(e[1], first_line)
        records.append({"id": ids[e[1]], "type": e[0], "name": e[1], "aliases": list(e[2]) if len(e) > 2 else [],
                        "descriptors": list(e[3]) if len(e) > 3 else [], "mentions": [{"start": start, "end": start + len(e[1])}]})
    record: Record = {
        "format": "actormap.document/1",
        "document": {"id": document.id, "title": title, "source": source, "published": None},
        "entities": records,
        "relations": [{"type": r[0], "source": ids[r[1]], "target": ids[r[2]], "label": r[3] if len(r) > 3 else None,
                       "attributed_to": None, "evidence": {"start": s, "end": e}}
                      for r, (s, e) in zip(relations, spans)],
        "claims": [{"subject": ids[c[0]], "value": c[1], "unit": c[2], "unit_class": "people" if c[2] == "fighters" else "count",
                    "qualifier": c[3], "claimant": ids.get(c[4]) if len(c) > 4 and c[4] else None,
                    **({"value_max": c[5]} if len(c) > 5 else {}), "evidence": {"start": s, "end": e}}
                   for c, (s, e) in zip(claims, spans[len(relations):])],
        "quotes": [],
    }
    write_document(engine, source, document, record, EXTRACTOR)
    return document
