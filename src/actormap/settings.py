"""Settings, declared once: name, environment variable, default and help.

The CLI uses the help text for its options and `resolve()` for the value, so the order
(command-line option > environment variable > default) lives here and nowhere else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            name="db",
            env="ACTORMAP_DB",
            default="sqlite:///./actormap.db",
            help="Database URL: sqlite:///PATH (the default is ./actormap.db) or postgresql://USER:PASS@HOST/DB; "
            "a bare file path means SQLite. Falls back to $ACTORMAP_DB.",
        ),
    )
}


def resolve(name: str, given: str | None = None) -> str:
    """The value of setting NAME: GIVEN (a command-line option) if set, else its environment variable, else its default."""
    setting = SETTINGS[name]
    if given:
        return given
    return os.environ.get(setting.env) or setting.default
