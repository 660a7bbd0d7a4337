"""Plain text and Markdown: UTF-8 text as written, the first line as the title."""

from __future__ import annotations

from pathlib import Path

from actormap.errors import InputError
from actormap.model import Document

MAX_TEXT_BYTES = 50 * 1024 * 1024


def read(path: Path) -> Document:
    """Read a .txt or .md file; a missing, unreadable, oversized, binary or non-UTF-8 file is an InputError."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(str(path), "is a directory, not a file")
        if size > MAX_TEXT_BYTES:
            raise InputError(str(path), f"is {size / 1e6:.0f} MB, over the {MAX_TEXT_BYTES // 2**20} MiB limit for text files")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(str(path), "looks binary (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    if not text.strip():
        raise InputError(str(path), "is empty")
    return Document(text=text, source=str(path))
