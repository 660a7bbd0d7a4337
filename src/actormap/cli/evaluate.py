"""`actormap evaluate`: score extraction records against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from actormap.cli.app import app
from actormap.evaluate import load_records, score_documents, summary_lines


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder of <stem>.gold.json files.", exists=True, file_okay=False),
    records: Path = typer.Argument(..., help="JSON Lines of actormap.document/1 records (from `actormap extract`).", exists=True, dir_okay=False),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss, document by document."),
) -> None:
    """Score RECORDS against the gold files in GOLD_DIR: P/R/F1 of entities, relations, claims, quotes and speakers."""
    result = score_documents(gold_dir, load_records(records))
    if as_json:
        typer.echo(json.dumps(result, indent=1, ensure_ascii=False, default=str))
        return
    if verbose:
        for miss in result["misses"]:
            typer.echo(f"  {miss['document']}: {miss['kind']} {miss['detail']}")
    for line in summary_lines(result["summary"]):
        typer.echo(line)
