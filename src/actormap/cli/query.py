"""`actormap entities`, `show`, `claims` and `path`: the resolved map from the command line (docs/resolution.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict

import typer

from actormap.analyze import BoardRow, Profile, Step, claims_board, load_graph, profile, publisher_of, shortest_path
from actormap.cli.app import app
from actormap.cli.store import DbOption, _open
from actormap.errors import ActormapError
from actormap.model.graph import CanonicalEntity, Evidence, Graph, SourceDocument

JsonOption = typer.Option(False, "--json", help="Print JSON instead of text.")
SNIPPET = 220  # characters of evidence shown in text output


@contextmanager
def library_errors() -> Iterator[None]:
    """A library error (an unknown or ambiguous actor, a bad judgement) becomes one line on stderr and exit code 1."""
    try:
        yield
    except ActormapError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None


def _echo_json(value: object) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, default=str))


def _snippet(evidence: Evidence) -> str:
    text = " ".join(evidence.snippet.split())
    return text if len(text) <= SNIPPET else text[:SNIPPET - 1] + "…"


def _cited(document: SourceDocument | None) -> str:
    if document is None:
        return "?"
    return f"{document.title or document.source} ({publisher_of(document)})"


def entity_json(entity: CanonicalEntity, graph: Graph) -> dict[str, object]:
    """An actor as `entities --json` prints it: id, type, name, aliases, descriptors, documents (sources) and their ids."""
    sources = {d.id: d.source for d in graph.documents}
    return {"id": entity.id, "type": entity.type, "name": entity.name, "aliases": entity.aliases,
            "descriptors": entity.descriptors, "documents": [sources.get(d, d) for d in entity.document_ids],
            "document_ids": entity.document_ids}


@app.command("entities")
def entities_command(
    entity_type: str | None = typer.Option(None, "--type", "-t", help="Only actors of this type: person, organization, group or location."),
    as_json: bool = JsonOption,
    db: str | None = DbOption,
) -> None:
    """List every canonical actor: id, type, name, aliases and the documents that mention it (JSON: one object a line)."""
    graph = load_graph(_open(db))
    for entity in graph.entities:
        if entity_type and entity.type != entity_type:
            continue
        if as_json:
            _echo_json(entity_json(entity, graph))
            continue
        aliases = f"  aka {'; '.join(entity.aliases)}" if entity.aliases else ""
        typer.echo(f"{entity.id}  {entity.type:<12}  {entity.name}{aliases}  [{len(entity.document_ids)} documents]")


def _render_profile(result: Profile) -> None:
    entity = result.entity
    documents = {d.id: d for d in result.documents}
    typer.echo(f"{entity.name}  ({entity.type}, {entity.id})")
    if entity.aliases:
        typer.echo(f"  aliases: {'; '.join(entity.aliases)}")
    if entity.descriptors:
        typer.echo(f"  descriptors: {'; '.join(entity.descriptors)}")
    typer.echo(f"  mentioned in {len(result.documents)} documents from {len({publisher_of(d) for d in result.documents})} publishers")
    for rtype, links in sorted(result.relations.items()):
        typer.echo(f"\n{rtype}")
        for link in links:
            arrow = "->" if link.outgoing else "<-"
            label = f" ({link.relation.label})" if link.relation.label else ""
            typer.echo(f"  {arrow} {link.counterpart.name}{label}: {link.documents} documents, {link.publishers} publishers")
            for evidence in link.relation.evidence:
                cited = documents.get(evidence.document_id)
                typer.echo(f"      \"{_snippet(evidence)}\" — {_cited(cited)}")
    if result.claims:
        typer.echo("\nclaims")
        for claim in result.claims:
            typer.echo(f"  {claim.qualifier} {_number(claim.value, claim.value_max)} {claim.unit}: \"{_snippet(claim.evidence)}\" — "
                       f"{_cited(documents.get(claim.evidence.document_id))}")


def _number(value: float, value_max: float | None = None) -> str:
    def one(v: float) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"
    return one(value) + (f"–{one(value_max)}" if value_max is not None else "")


@app.command("show")
def show_command(
    name_or_id: str = typer.Argument(..., help="An actor's id, name or alias (as `actormap entities` lists them)."),
    as_json: bool = JsonOption,
    db: str | None = DbOption,
) -> None:
    """An actor's profile: aliases, descriptors, relations by type with the counterpart, how many documents and
    publishers back each, and the evidence with its document's title."""
    with library_errors():
        result = profile(_open(db), name_or_id)
    if as_json:
        _echo_json({
            "entity": asdict(result.entity),
            "relations": {t: [{"counterpart": link.counterpart.id, "counterpart_name": link.counterpart.name,
                               "outgoing": link.outgoing, "label": link.relation.label, "documents": link.documents,
                               "publishers": link.publishers, "evidence": [asdict(e) for e in link.relation.evidence]}
                              for link in links] for t, links in result.relations.items()},
            "claims": [asdict(c) for c in result.claims],
            "documents": [asdict(d) for d in result.documents],
        })
        return
    _render_profile(result)


def _board_json(row: BoardRow) -> dict[str, object]:
    return {
        "subject": row.subject.id, "subject_name": row.subject.name, "unit": row.unit, "conflicted": row.conflicted,
        "claims": [{"value": e.claim.value, "value_max": e.claim.value_max, "qualifier": e.claim.qualifier,
                    "claimant": e.claimant.name if e.claimant else None, "document": e.claim.evidence.document_id,
                    "source": e.document.source if e.document else None, "title": e.document.title if e.document else None,
                    "snippet": e.claim.evidence.snippet, "corroborated_by": len(e.corroborated_by),
                    "conflicts_with": e.conflicts_with} for e in row.entries],
    }


def _render_board(row: BoardRow) -> None:
    flag = "  CONFLICT" if row.conflicted else ""
    typer.echo(f"{row.subject.name} — {row.unit}{flag}")
    for i, entry in enumerate(row.entries):
        claim = entry.claim
        who = f"claimed by {entry.claimant.name}" if entry.claimant else "no claimant named"
        status = []
        if entry.corroborated_by:
            status.append(f"corroborated by {len(entry.corroborated_by)}")
        if entry.conflicts_with:
            status.append("conflicts with " + ", ".join(f"#{j + 1}" for j in entry.conflicts_with))
        typer.echo(f"  #{i + 1} {claim.qualifier} {_number(claim.value, claim.value_max)} ({who}) — {_cited(entry.document)}"
                   + (f"  [{'; '.join(status)}]" if status else ""))


@app.command("claims")
def claims_command(
    name: str | None = typer.Argument(None, help="Only claims about this actor (id, name or alias)."),
    unit: str | None = typer.Option(None, "--unit", "-u", help="Only this unit (fighters, USD) or unit class (people, money)."),
    as_json: bool = JsonOption,
    db: str | None = DbOption,
) -> None:
    """The claims board: every number claimed about each actor, per unit, with claimant, qualifier and source;
    values that cannot all be true are flagged, agreeing ones from other documents count as corroboration."""
    with library_errors():
        rows = claims_board(_open(db), name, unit)
    for row in rows:
        if as_json:
            _echo_json(_board_json(row))
        else:
            _render_board(row)
    if not rows and not as_json:
        typer.echo("no claims")


def _path_json(steps: list[Step]) -> list[dict[str, object]]:
    return [{"source": s.source.id, "source_name": s.source.name, "target": s.target.id, "target_name": s.target.name,
             "relations": [{"type": r.type, "source": r.source, "target": r.target, "label": r.label,
                            "evidence": [asdict(e) for e in r.evidence]} for r in s.relations]} for s in steps]


@app.command("path")
def path_command(
    a: str = typer.Argument(..., help="One actor (id, name or alias)."),
    b: str = typer.Argument(..., help="The other actor."),
    as_json: bool = JsonOption,
    db: str | None = DbOption,
) -> None:
    """The shortest chain of sourced relations between two actors, each link with its evidence. Exit code 1 when none."""
    engine = _open(db)
    graph = load_graph(engine)
    with library_errors():
        steps = shortest_path(engine, a, b, graph=graph)
    if steps is None:
        if as_json:
            _echo_json(None)
        typer.echo("no chain of relations links them", err=True)
        raise typer.Exit(code=1)
    if as_json:
        _echo_json(_path_json(steps))
        return
    documents = {d.id: d for d in graph.documents}
    for step in steps:
        best = step.relations[0]
        arrow = f"-{best.type}->" if best.source == step.source.id else f"<-{best.type}-"
        label = f" ({best.label})" if best.label else ""
        typer.echo(f"{step.source.name} {arrow} {step.target.name}{label}")
        for relation in step.relations:
            for evidence in relation.evidence:
                typer.echo(f"    {relation.type}: \"{_snippet(evidence)}\" — {_cited(documents.get(evidence.document_id))}")
