"""`actormap serve`: the analyst's board in the browser (docs/board.md)."""

from __future__ import annotations

import threading

import typer
from fastapi import FastAPI

from actormap.cli.app import app
from actormap.cli.store import DbOption, _open
from actormap.errors import ActormapError
from actormap.serve.settings import SETTINGS, settings_for


@app.command("serve")
def serve_command(
    db: str | None = DbOption,
    host: str = typer.Option(SETTINGS["host"].default, "--host", help=SETTINGS["host"].help),
    port: int = typer.Option(SETTINGS["port"].default, "--port", help=SETTINGS["port"].help),
    read_only: bool = typer.Option(False, "--read-only", help=SETTINGS["read_only"].help),
    token: str | None = typer.Option(None, "--token", envvar="ACTORMAP_TOKEN", help=SETTINGS["token"].help,
                                     show_default=False),
    uploads: str = typer.Option(SETTINGS["uploads"].default, "--uploads", help=SETTINGS["uploads"].help),
    max_upload_mb: int = typer.Option(SETTINGS["max_upload_mb"].default, "--max-upload-mb", min=1,
                                      help=SETTINGS["max_upload_mb"].help),
) -> None:
    """Serve the board: the network, profiles, documents, claims, timeline and map, and the JSON API under /api.

    Listens on 127.0.0.1 unless told otherwise; on any other address every request needs the token, which is
    generated and printed when not given. Stop it with Ctrl-C.
    """
    import uvicorn

    from actormap.serve import create_app

    try:
        settings, generated = settings_for(host, port, read_only, token, uploads, max_upload_mb)
    except ActormapError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from None
    engine = _open(db)
    shown_host = f"[{host}]" if ":" in host else host
    address = f"http://{shown_host}:{port}/"
    if settings.token:
        address += f"?token={settings.token}"
    if generated:
        typer.echo(f"token (every request needs it): {settings.token}")
    mode = " (read-only)" if read_only else ""
    typer.echo(f"actormap board{mode} on {address}")
    board = create_app(engine, settings)
    threading.Thread(target=warm_up, args=(board,), name="actormap-warm-up", daemon=True).start()
    uvicorn.run(board, host=host, port=port, log_level="warning", server_header=False)


def warm_up(board: FastAPI) -> None:
    """Build the map and load the name database now, so the first search does not wait for them."""
    try:
        board.state.board.snapshot().search.search("warm up")
    except Exception:  # the first request will report whatever is wrong
        pass
