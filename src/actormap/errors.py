"""Errors raised by actormap's library code; the CLI turns them into one clean line and an exit code."""

from __future__ import annotations


class ActormapError(Exception):
    """Base class: the message says what went wrong and how to fix it."""


class ConfigError(ActormapError):
    """A declaration or setting is malformed."""


class InputError(ActormapError):
    """A document could not be read; names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
