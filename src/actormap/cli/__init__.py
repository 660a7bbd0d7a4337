"""The `actormap` command line: thin commands over the library, one module per command group."""

from __future__ import annotations

from actormap.cli.app import app
from actormap.cli import evaluate, extract  # noqa: F401  (register their commands)
from actormap.cli import store  # noqa: F401  (registers its commands)
from actormap.cli import export, query, resolve  # noqa: F401  (register their commands)
from actormap.cli import serve  # noqa: F401  (registers `actormap serve`)


def main() -> None:
    app()


__all__ = ["app", "main"]
