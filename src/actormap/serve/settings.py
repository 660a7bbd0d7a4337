"""The board's settings, declared once: name, default and help, read by `actormap serve` and the app.

The database URL is the store's own setting (`actormap.settings`, `--db` / $ACTORMAP_DB);
these are the ones only the web board has.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass

from actormap.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("host", "127.0.0.1", "Address to listen on. Any address but a loopback one needs a token."),
        Setting("port", 8000, "Port to listen on."),
        Setting("read_only", False, "Refuse every write: no uploads, no ingest."),
        Setting("token", None, "The secret every request must carry (Authorization: Bearer TOKEN, or ?token=TOKEN once "
                               "in the browser). Generated and printed when the host is not a loopback address."),
        Setting("uploads", "./actormap-uploads", "Folder where files dropped on the board are kept (they are the "
                                                 "documents' sources)."),
        Setting("max_upload_mb", 100, "Largest upload accepted, in MiB, all files of one request together."),
    )
}

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback(host: str) -> bool:
    """Whether HOST only accepts connections from this machine."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServeSettings:
    """How one board runs: where it listens, whether it writes, which token it wants."""

    host: str = str(SETTINGS["host"].default)
    port: int = int(SETTINGS["port"].default)  # type: ignore[call-overload]
    read_only: bool = bool(SETTINGS["read_only"].default)
    token: str | None = None
    uploads: str = str(SETTINGS["uploads"].default)
    max_upload_mb: int = int(SETTINGS["max_upload_mb"].default)  # type: ignore[call-overload]

    def __post_init__(self) -> None:
        if self.token is not None and len(self.token) < 16:
            raise ConfigError("--token must be at least 16 characters; leave it out to have one generated")
        if not 0 < self.port < 65536:
            raise ConfigError(f"--port {self.port} is not a port number (1-65535)")

    @property
    def needs_token(self) -> bool:
        return self.token is not None


def settings_for(host: str, port: int, read_only: bool = False, token: str | None = None,
                 uploads: str | None = None, max_upload_mb: int | None = None) -> tuple[ServeSettings, bool]:
    """The settings to serve with, and whether the token was generated (so the caller prints it).

    A loopback host needs no token (one given is still checked); any other host always has one."""
    generated = False
    if token is None and not is_loopback(host):
        token, generated = secrets.token_urlsafe(24), True
    return ServeSettings(host=host, port=port, read_only=read_only, token=token,
                         uploads=uploads or str(SETTINGS["uploads"].default),
                         max_upload_mb=max_upload_mb or int(SETTINGS["max_upload_mb"].default)), generated  # type: ignore[call-overload]
