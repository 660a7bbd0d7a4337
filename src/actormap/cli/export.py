"""`actormap export`: the resolved map in another tool's format (docs/export.md)."""

from __future__ import annotations

import sys
from enum import Enum

import typer

from actormap.analyze import load_graph
from actormap.cli.query import library_errors
from actormap.cli.store import DbOption, _open
from actormap.cli.app import app
from actormap.export import EXPORTERS, export

ExportFormat = Enum("ExportFormat", {name: name for name in EXPORTERS}, type=str)  # type: ignore[misc]


@app.command("export")
def export_command(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="ftm, gexf, graphml, csv (two files: needs -o) or jsonl."),
    output: str | None = typer.Option(None, "--output", "-o", help="The file to write (csv: a stem or a folder); standard output when left out."),
    db: str | None = DbOption,
) -> None:
    """Export every resolved actor, relation and claim, with its evidence, as FollowTheMoney, GEXF, GraphML, CSV or JSON Lines."""
    graph = load_graph(_open(db))
    with library_errors():
        export(graph, fmt.value, output if output else sys.stdout)
    if output:
        typer.echo(f"{len(graph.entities)} actors, {len(graph.relations)} relations, {len(graph.claims)} claims "
                   f"written as {fmt.value} to {output}", err=True)
