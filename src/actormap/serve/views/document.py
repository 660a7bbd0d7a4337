"""The document reader: the text with every mention, quote, relation and claim marked, and what was read from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import HTMLResponse

from actormap.serve import shapes
from actormap.serve.board import Board
from actormap.serve.errors import NotFound
from actormap.serve.queries import Fact, StoredDocument, stored_document
from actormap.serve.render import number, render
from actormap.serve.views import board as current_board


def _actor(doc: StoredDocument, local_id: str | None) -> dict[str, str] | None:
    actor = doc.actors.get(local_id or "")
    return {"id": actor.canonical_id, "name": actor.name, "type": actor.type} if actor else None


def _annotation(doc: StoredDocument, index: int, fact: Fact) -> dict[str, Any]:
    """One fact as the reader lists it: kind, span, actors by canonical id, and a one-line summary."""
    item, base = fact.item, {"id": f"a{index}", "kind": fact.kind, "start": fact.start, "end": fact.end}
    if fact.kind == "mention":
        actor = _actor(doc, item.get("entity"))
        return {**base, "actor": actor, "summary": actor["name"] if actor else ""}
    if fact.kind == "quote":
        speaker = _actor(doc, item.get("speaker"))
        who = speaker["name"] if speaker else (item.get("speaker_description") or "unattributed")
        return {**base, "speaker": speaker, "speaker_description": item.get("speaker_description"),
                "text": item.get("text", ""), "summary": who}
    if fact.kind == "relation":
        source, target = _actor(doc, item.get("source")), _actor(doc, item.get("target"))
        label = f" ({item['label']})" if item.get("label") else ""
        return {**base, "type": item.get("type"), "label": item.get("label"), "source": source, "target": target,
                "attributed_to": _actor(doc, item.get("attributed_to")),
                "summary": f"{source['name'] if source else '?'} {item.get('type')}{label} {target['name'] if target else '?'}"}
    subject, claimant = _actor(doc, item.get("subject")), _actor(doc, item.get("claimant"))
    value = _value(item.get("value"), item.get("value_max"))
    return {**base, "subject": subject, "claimant": claimant, "value": item.get("value"), "value_max": item.get("value_max"),
            "unit": item.get("unit"), "qualifier": item.get("qualifier"),
            "summary": f"{subject['name'] if subject else '?'}: {item.get('qualifier') or ''} {value} {item.get('unit') or ''}".strip()}


def _value(value: float | None, value_max: float | None) -> str:
    return number(value) + (f"–{number(value_max)}" if value_max is not None else "")


def document_data(board: Board, document_id: str) -> dict[str, Any]:
    """The document's text and metadata, its actors, and every fact with its span (offsets into the text)."""
    doc = stored_document(board.engine, document_id)
    if doc is None:
        raise NotFound(f"no document has the id '{document_id}'")
    annotations = [_annotation(doc, i, f) for i, f in enumerate(doc.facts)]
    snap = board.snapshot()
    return {
        "ok": True,
        "document": {"id": doc.id, "title": doc.title or doc.source, "source": doc.source, "publisher": doc.publisher,
                     "publisher_or_source": snap.publishers.get(doc.id, doc.publisher or doc.source),
                     "author": doc.author, "published": doc.published, "retired": doc.retired,
                     "superseded_by": doc.superseded_by, "text": doc.text},
        "actors": [{"local_id": a.local_id, "id": a.canonical_id, "name": a.name, "type": a.type}
                   for a in doc.actors.values()],
        "annotations": annotations,
    }


@dataclass
class Segment:
    """A run of text covered by the same facts."""

    text: str
    kinds: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)  # anchors of the facts that begin here
    actor: str | None = None  # the canonical id a mention here links to
    target: bool = False


def segments(text: str, annotations: list[dict[str, Any]], target: tuple[int, int] | None) -> list[Segment]:
    """TEXT cut at every fact's start and end, each piece knowing which facts cover it (a sweep over the bounds)."""
    spans = [(max(0, a["start"]), min(len(text), a["end"]), a) for a in annotations if a["start"] < a["end"]]
    if target:
        spans.append((max(0, target[0]), min(len(text), target[1]), {"id": "target", "kind": "target"}))
    bounds = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    opening: dict[int, list[dict[str, Any]]] = {}
    closing: dict[int, list[int]] = {}
    for start, end, annotation in spans:
        opening.setdefault(start, []).append(annotation)
        closing.setdefault(end, []).append(id(annotation))
    active: dict[int, dict[str, Any]] = {}
    result = []
    for here, there in zip(bounds, bounds[1:]):
        for gone in closing.get(here, []):
            active.pop(gone, None)
        begun = opening.get(here, [])
        for annotation in begun:
            active[id(annotation)] = annotation
        kinds = sorted({a["kind"] for a in active.values()})
        mention = next((a for a in active.values() if a["kind"] == "mention" and a.get("actor")), None)
        result.append(Segment(text[here:there], [k for k in kinds if k != "target"], [a["id"] for a in begun],
                              mention["actor"]["id"] if mention else None, "target" in kinds))
    return result


def api(document: str, board: Annotated[Board, Depends(current_board)]) -> dict[str, Any]:
    """A document's full text with every mention, quote, relation and claim as a span (start, end) of it, each with
    the actors involved by their canonical ids."""
    return document_data(board, document)


def page(request: Request, document: str, board: Annotated[Board, Depends(current_board)],
         start: Annotated[int | None, Query(ge=0)] = None, end: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
    data = document_data(board, document)
    target = (start, end) if start is not None and end is not None and start < end else None
    groups: dict[str, list[dict[str, Any]]] = {"quote": [], "relation": [], "claim": []}
    mentioned: dict[str, dict[str, Any]] = {}
    for a in data["annotations"]:
        if a["kind"] == "mention" and a.get("actor"):
            entry = mentioned.setdefault(a["actor"]["id"], {**a["actor"], "count": 0, "first": a["id"]})
            entry["count"] += 1
        elif a["kind"] in groups:
            groups[a["kind"]].append(a)
    return render(request, "document.html", {
        "title": data["document"]["title"], **data, "segments": segments(data["document"]["text"], data["annotations"], target),
        "mentioned": sorted(mentioned.values(), key=lambda m: (-m["count"], m["name"].casefold())),
        "groups": groups, "target": target, "legend": shapes.legend(),
    })
