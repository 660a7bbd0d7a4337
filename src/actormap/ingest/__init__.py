"""Readers: one module per format, each turning a file into a Document.

See docs/readers.md for what each reader keeps and `limits` for the size limits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import docx, email, html, ledger, pdf, telegram, text, whatsapp
from actormap.model import Document

Reader = Callable[[Path], Document]

# Suffix -> reader; a reader takes a path and returns a Document or raises InputError.
# The modules import their parsing libraries (trafilatura, pypdf, ...) only when they read.
READERS: dict[str, Reader] = {
    ".txt": text.read,
    ".md": text.read,
    ".html": html.read,
    ".htm": html.read,
    ".pdf": pdf.read,
    ".docx": docx.read,
    ".eml": email.read,
    ".json": telegram.read,
    ".csv": ledger.read,
    ".xlsx": ledger.read,
}

# Suffix -> (test, reader): a file of that suffix that passes the test by its content goes to
# that reader instead of the suffix's own (WhatsApp exports are plain .txt).
SNIFFED: dict[str, tuple[Callable[[Path], bool], Reader]] = {
    ".txt": (whatsapp.looks_like, whatsapp.read),
}


def reader_for(path: Path) -> Reader:
    """The reader for PATH: by content where its suffix is ambiguous, else by suffix."""
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(str(path), f"unsupported file type '{path.suffix or '(none)'}' (readable: {known})")
    sniffed = SNIFFED.get(suffix)
    if sniffed is not None and sniffed[0](path):
        return sniffed[1]
    return reader


def read(path: str | Path, columns: dict[str, str] | None = None) -> Document:
    """Read one file with the reader its suffix (and, for .txt, its content) names.

    COLUMNS (role -> header, e.g. {"payer": "From"}) names a ledger's columns; other
    readers ignore it.
    """
    path = Path(path)
    reader = reader_for(path)
    if reader is ledger.read and columns:
        return ledger.read(path, columns=columns)
    return reader(path)
