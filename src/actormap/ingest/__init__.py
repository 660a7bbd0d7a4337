"""Readers: one module per format, each turning a file into a Document."""

from __future__ import annotations

from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import text
from actormap.model import Document

# Suffix -> reader; a reader takes a path and returns a Document or raises InputError.
READERS = {".txt": text.read, ".md": text.read}


def read(path: str | Path) -> Document:
    """Read one file with the reader its suffix names."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(str(path), f"unsupported file type '{path.suffix or '(none)'}' (readable: {known})")
    return reader(path)
