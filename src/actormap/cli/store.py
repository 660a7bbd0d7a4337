"""`actormap ingest`, `actormap stats` and `actormap reextract`: the evidence store from the command line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from actormap.cli.app import app
from actormap.errors import ActormapError
from actormap.ingest.batch import ingest_paths
from actormap.settings import SETTINGS
from actormap.store import Outcome, open_store, stats
from actormap.store.reextract import reextract

# Fewer files than this finish before a progress bar would tell anything.
PROGRESS_MIN_FILES = 20

DbOption = typer.Option(None, "--db", help=SETTINGS["db"].help, show_default=False)


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


def _open(db: str | None) -> Engine:
    try:
        return open_store(db)
    except ActormapError as exc:
        raise _fail(str(exc)) from None


@contextmanager
def _database_errors() -> Iterator[None]:
    """The database failing mid-run (gone, disk full, locked too long) becomes one line and exit code 2."""
    try:
        yield
    except OperationalError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise _fail(f"the database failed ({reason}); what was stored so far is kept: run again to resume") from None


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:,.1f} files/s" if task.speed else "… files/s", style="progress.data.speed")


@contextmanager
def _progress(console: Console, label: str) -> Iterator[Callable[..., None]]:
    """A callback (done, total, ...) driving a progress bar on a terminal, once the work is long enough to need one."""
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), _Rate(), TimeRemainingColumn())
    bar = Progress(*columns, console=console, disable=not console.is_terminal)
    task = None

    def update(done: int, total: int, *_: object) -> None:
        nonlocal task
        if total < PROGRESS_MIN_FILES:
            return
        if task is None:
            bar.start()
            task = bar.add_task(label, total=total)
        bar.update(task, completed=done)

    try:
        yield update
    finally:
        bar.stop()


def _resolve(engine: Engine) -> None:
    """Cross-document resolution after new facts arrived; loads the name database on first use."""
    from actormap.resolve import resolve

    with _database_errors():
        result = resolve(engine)
    typer.echo(f"resolved {result.entities} entities into {result.actors} actors "
               f"({result.merged} merged across documents) in {result.seconds:.1f} s")


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) and glob patterns to ingest.", show_default=False),
    db: str | None = DbOption,
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for reading and extraction (one writer)."),
    resolve_after: bool = typer.Option(True, "--resolve/--no-resolve", help="Resolve actors across documents afterwards."),
) -> None:
    """Read, extract and store PATHS, each file in its own transaction, with provenance for every fact.

    A file already stored with the same content is left alone; a changed file becomes a new
    version and its old statements are retired. A file that cannot be read is listed with
    its problem at the end and counted; the rest are stored, and the exit code is 1.
    Afterwards actors are resolved across documents (see `actormap resolve`).
    """
    engine = _open(db)
    with _database_errors(), _progress(Console(stderr=True), "ingest") as progress:
        summary = ingest_paths(paths, engine, jobs=jobs, on_progress=progress)
    # also after a run that stored nothing new: a run killed before it resolved leaves that to the next one
    if resolve_after and summary.files > summary.counts[Outcome.FAILED]:
        _resolve(engine)
    for path, problem in summary.failures:
        typer.echo(f"error: {path}: {problem}", err=True)
    counts = ", ".join(f"{o.value} {summary.counts[o]}" for o in Outcome)
    typer.echo(f"{summary.files} files in {summary.seconds:.1f} s: {counts}")
    if summary.skipped:
        suffixes = sorted({Path(p).suffix or "(none)" for p in summary.skipped})
        typer.echo(f"skipped {len(summary.skipped)} files with no reader for their type ({', '.join(suffixes)})")
    if summary.failures:
        raise typer.Exit(code=1)


@app.command("stats")
def stats_command(
    db: str | None = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the counts as one JSON object."),
) -> None:
    """Count the current documents, entities, mentions, relations, claims and quotes, retired versions and failed files."""
    counts = stats(_open(db)).as_dict()
    if as_json:
        typer.echo(json.dumps(counts))
        return
    table = Table("what", "count", title="actormap store", title_justify="left")
    for name, value in counts.items():
        table.add_row(name.replace("_", " "), f"{value:,}")
    Console().print(table)


@app.command("reextract")
def reextract_command(db: str | None = DbOption) -> None:
    """Re-run extraction on every current stored document with the current extractor.

    Statements the extractor no longer produces are retired, new ones are added; analyst
    statements, judgements and canonical entity ids are kept.
    """
    engine = _open(db)
    with _database_errors(), _progress(Console(stderr=True), "reextract") as progress:
        summary = reextract(engine, on_progress=progress)
    if summary.changed:
        _resolve(engine)
    typer.echo(f"{summary.documents} documents re-extracted: {summary.changed} changed, "
               f"{summary.added} statements added, {summary.retired} retired")
