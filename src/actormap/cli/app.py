"""The Typer application every command module registers on."""

from __future__ import annotations

import typer

from actormap import __version__


def _version(value: bool) -> None:
    if value:
        typer.echo(f"actormap {__version__}")
        raise typer.Exit()


app = typer.Typer(
    name="actormap",
    help="Build a sourced map of actors from reporting: who funds, commands and opposes whom, "
    "who claims what, and the sentence behind every fact. Runs offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """actormap: a sourced map of actors from conflict reporting."""
