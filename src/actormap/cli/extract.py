"""`actormap extract`: print the record of each file."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from actormap.cli.app import app
from actormap.cli.render import render_record
from actormap.errors import InputError
from actormap.extract import extract_documents
from actormap.ingest import read
from actormap.model import Document


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


def _readable(paths: list[Path]) -> tuple[list[Document], int]:
    documents, failed = [], 0
    for path in paths:
        try:
            documents.append(read(path))
        except InputError as exc:
            typer.echo(f"error: {exc}", err=True)
            failed += 1
    return documents, failed


@app.command()
def extract(
    files: list[Path] = typer.Argument(
        ..., show_default=False,
        help="Files to read: .txt, .md, .html, .pdf, .docx, .eml, WhatsApp .txt and Telegram .json chat exports, .csv and .xlsx ledgers.",
    ),
    output_format: OutputFormat = typer.Option(
        OutputFormat.jsonl, "--format", "-f", help="jsonl: one actormap.document/1 record per line; text: a readable summary."
    ),
) -> None:
    """Extract actors, relations, claims and quotes from FILES, one record per file, in the order given.

    A file that cannot be read gets one line on stderr naming it and the problem; the
    others are still processed and the exit code is 1.
    """
    documents, failed = _readable(files)
    console = Console()
    for record in extract_documents(documents):
        if output_format is OutputFormat.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            render_record(console, record)
    if failed:
        raise typer.Exit(code=1)
