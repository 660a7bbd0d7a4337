"""Plain text and Markdown: UTF-8 text as written, the first line as the title; a ledger excerpt
quoted in it gives its payment rows (ledger_text.py).

Limit: 50 MiB (`limits.TEXT_BYTES`), checked before the file is read.
"""

from __future__ import annotations

from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import limits
from actormap.model import Document


def decode(path: Path, raw: bytes) -> str:
    """RAW as UTF-8 text (a BOM dropped); binary, non-UTF-8 or blank content is an InputError."""
    if b"\x00" in raw[:8192]:
        raise InputError(str(path), "looks binary (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    if not text.strip():
        raise InputError(str(path), "is empty")
    return text


def read_text(path: Path, limit: int = limits.TEXT_BYTES, kind: str = "text files") -> str:
    """The UTF-8 text of PATH; a missing, unreadable, oversized, binary or non-UTF-8 file is an InputError."""
    return decode(path, limits.read_bytes(path, limit, kind))


def read(path: Path) -> Document:
    """Read a .txt or .md file; payment rows it quotes under a ledger header (ledger_text.py)
    go to `meta["ledger_rows"]`."""
    # imported here: ledger.py, which ledger_text builds on, reads files through this module
    from actormap.ingest.ledger_text import rows_in_text

    text = read_text(path)
    rows = rows_in_text(text)
    return Document(text=text, source=str(path), meta={"ledger_rows": rows} if rows else {})
