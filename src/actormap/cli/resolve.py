"""`actormap resolve` and the analyst's overrides: `merge`, `not-same`, `split`, `rename` (docs/resolution.md).

An override is recorded as a judgement (`store/judgements.py`) and resolution runs again at
once, so the next query shows it; judgements are applied on every later resolution too.
"""

from __future__ import annotations

import typer
from sqlalchemy import Engine

from actormap.analyze import find_entity, load_graph
from actormap.cli.app import app
from actormap.cli.query import library_errors
from actormap.cli.store import DbOption, _open
from actormap.model.graph import CanonicalEntity
from actormap.store import judgements

AuthorOption = typer.Option(None, "--author", help="Who makes this judgement (kept with it).")
NoteOption = typer.Option(None, "--note", help="Why (kept with the judgement).")


def _actors(engine: Engine, *references: str) -> list[CanonicalEntity]:
    graph = load_graph(engine)
    return [find_entity(graph, r) for r in references]


def _resolve_and_report(engine: Engine) -> None:
    from actormap.resolve import resolve  # loads the name database on its first comparison

    summary = resolve(engine)
    typer.echo(f"resolved {summary.entities} entities into {summary.actors} actors "
               f"({summary.changed} ids changed, {summary.judgements} judgements applied) in {summary.seconds:.1f} s")
    if summary.unmatched:
        typer.echo(f"judgements naming no current entity: {', '.join(map(str, summary.unmatched))}", err=True)


@app.command("resolve")
def resolve_command(db: str | None = DbOption) -> None:
    """Resolve entities across documents again (ingest does this itself), applying every judgement."""
    _resolve_and_report(_open(db))


def _judge_pair(action: str, a: str, b: str, author: str | None, note: str | None, db: str | None, said: str) -> None:
    """Record a judgement on two actors, say what it means, and resolve again."""
    engine = _open(db)
    with library_errors():
        first, second = _actors(engine, a, b)
        judgements.record(engine, action, first.id, second.id, author=author, note=note)
    typer.echo(said.format(first=f"{first.name} ({first.id})", second=f"{second.name} ({second.id})"))
    _resolve_and_report(engine)


@app.command("merge")
def merge_command(
    a: str = typer.Argument(..., help="An actor (id, name or alias)."),
    b: str = typer.Argument(..., help="Another actor that is the same."),
    author: str | None = AuthorOption,
    note: str | None = NoteOption,
    db: str | None = DbOption,
) -> None:
    """Judge A and B to be one actor: they stay merged through re-ingest, reextract and re-resolution."""
    _judge_pair("merge", a, b, author, note, db, "merged {first} and {second}")


@app.command("not-same")
def not_same_command(
    a: str = typer.Argument(..., help="An actor (id, name or alias)."),
    b: str = typer.Argument(..., help="Another actor that is not the same."),
    author: str | None = AuthorOption,
    note: str | None = NoteOption,
    db: str | None = DbOption,
) -> None:
    """Judge A and B to be different actors: resolution never joins them again."""
    _judge_pair("not-same", a, b, author, note, db, "{first} and {second} are kept apart")


@app.command("split")
def split_command(
    entity: str = typer.Argument(..., help="An actor (id, name or alias)."),
    document: str = typer.Option(..., "--document", "-d", help="The document (id, source path or URL) whose entity is someone else."),
    author: str | None = AuthorOption,
    note: str | None = NoteOption,
    db: str | None = DbOption,
) -> None:
    """Detach ENTITY's entity in DOCUMENT: that document's mention is not this actor."""
    engine = _open(db)
    with library_errors():
        (actor,) = _actors(engine, entity)
        judgements.record(engine, "split", actor.id, document=document, author=author, note=note)
    typer.echo(f"detached {actor.name} in {document} from {actor.id}")
    _resolve_and_report(engine)


@app.command("rename")
def rename_command(
    entity: str = typer.Argument(..., help="An actor (id, name or alias)."),
    name: str = typer.Argument(..., help="The name it should go by."),
    author: str | None = AuthorOption,
    note: str | None = NoteOption,
    db: str | None = DbOption,
) -> None:
    """Give ENTITY the name NAME in every query and export (its other names stay as aliases)."""
    engine = _open(db)
    with library_errors():
        (actor,) = _actors(engine, entity)
        judgements.record(engine, "rename", actor.id, name=name, author=author, note=note)
    typer.echo(f"renamed {actor.name} ({actor.id}) to {name}")
