"""The size limits every reader enforces, in one place, and the checks that apply them.

A file over a limit is an InputError naming the file, its size and the limit, raised
before the file is parsed: size from `stat`, a zip archive's (DOCX, XLSX) uncompressed
size from the sizes its directory declares. Declared sizes are enough for zips because
`zipfile` stops each member at its declared size and checks its CRC, so a member that
lies about its size fails to read instead of inflating past the limit.

| format | limit |
| --- | --- |
| .txt, .md, WhatsApp .txt | 50 MiB |
| .html, .htm | 20 MiB |
| .eml | 50 MiB |
| Telegram .json | 100 MiB |
| .pdf | 100 MiB and 2,000 pages |
| .docx | 50 MiB on disk, 100 MiB uncompressed, 10,000 zip entries, 100:1 per entry |
| .csv | 100 MiB and 200,000 rows |
| .xlsx | 50 MiB on disk, zip limits as .docx, 200,000 rows |
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from actormap.errors import InputError

MiB = 1024 * 1024

TEXT_BYTES = 50 * MiB
HTML_BYTES = 20 * MiB
EMAIL_BYTES = 50 * MiB
JSON_BYTES = 100 * MiB
PDF_BYTES = 100 * MiB
PDF_PAGES = 2_000
ZIP_BYTES = 50 * MiB  # a .docx or .xlsx as stored on disk
ZIP_UNCOMPRESSED_BYTES = 100 * MiB
ZIP_ENTRIES = 10_000
# An entry this much larger than its compressed form is a bomb, once it is big enough to matter.
ZIP_RATIO = 100
ZIP_RATIO_FLOOR = 1 * MiB
CSV_BYTES = 100 * MiB
LEDGER_ROWS = 200_000


def _mib(size: int) -> str:
    return f"{size / MiB:,.1f} MiB" if size < 10 * MiB else f"{size / MiB:,.0f} MiB"


def check_file(path: Path, limit: int, kind: str) -> int:
    """The size of PATH, a non-empty regular file of at most LIMIT bytes; else an InputError."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise InputError(str(path), "is a directory, not a file")
    if stat.st_size == 0:
        raise InputError(str(path), "is empty")
    if stat.st_size > limit:
        raise InputError(str(path), f"is {_mib(stat.st_size)}, over the {_mib(limit)} limit for {kind}")
    return stat.st_size


def read_bytes(path: Path, limit: int, kind: str) -> bytes:
    """The bytes of PATH after `check_file`; an unreadable file is an InputError."""
    check_file(path, limit, kind)
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None


def check_zip(path: Path, kind: str) -> None:
    """Refuse a zip-based file (DOCX, XLSX) that is not a zip or would inflate past the limits."""
    check_file(path, ZIP_BYTES, kind)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(str(path), f"is not a valid {path.suffix} file (not a zip archive: {exc})") from None
    if len(entries) > ZIP_ENTRIES:
        raise InputError(str(path), f"has {len(entries):,} zip entries, over the {ZIP_ENTRIES:,} limit for {kind} (a zip bomb?)")
    total = sum(entry.file_size for entry in entries)
    if total > ZIP_UNCOMPRESSED_BYTES:
        raise InputError(
            str(path), f"inflates to {_mib(total)}, over the {_mib(ZIP_UNCOMPRESSED_BYTES)} limit for {kind} (a zip bomb?)"
        )
    for entry in entries:
        if entry.file_size > ZIP_RATIO_FLOOR and entry.file_size > ZIP_RATIO * max(entry.compress_size, 1):
            ratio = entry.file_size // max(entry.compress_size, 1)
            raise InputError(
                str(path), f"entry '{entry.filename}' inflates {ratio:,} times, over the {ZIP_RATIO}:1 limit for {kind} (a zip bomb?)"
            )


def check_rows(path: Path, rows: int) -> None:
    """Refuse a ledger once it passes the row limit."""
    if rows > LEDGER_ROWS:
        raise InputError(str(path), f"has over {LEDGER_ROWS:,} rows, the limit for ledgers")
