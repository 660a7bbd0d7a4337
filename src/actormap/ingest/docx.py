"""Word documents (.docx): body paragraphs and tables in reading order, and the core properties.

Each paragraph is a line; each table row is a line with its cells joined by " | " (a cell
merged across columns counts once). Headers, footers, footnotes, comments and text boxes
are not read. Title, author and the created date (as `published`, YYYY-MM-DD) come from
the core properties.

The file is checked as a zip before python-docx opens it: over 50 MiB on disk, over
100 MiB declared uncompressed, over 10,000 entries or an entry inflating over 100:1 is
refused as a possible zip bomb without decompressing anything (see `limits.check_zip`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import limits
from actormap.model import Document

CELL_SEPARATOR = " | "


def read(path: Path) -> Document:
    """Read a .docx; a non-zip, a zip bomb, a zip without a Word body or an empty document is an InputError."""
    limits.check_zip(path, "Word documents")
    import docx  # heavy: imported only when a .docx is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(str(path), f"is not a Word document ({exc})") from None
    except Exception as exc:  # a damaged part surfaces as an lxml or zlib error
        raise InputError(str(path), f"is not a readable Word document ({type(exc).__name__}: {exc})") from None
    text = "\n".join(line for line in _lines(document) if line.strip())
    if not text.strip():
        raise InputError(str(path), "is empty (no text in its paragraphs or tables)")
    core = document.core_properties
    created = core.created
    return Document(
        text=text,
        source=str(path),
        title=(core.title or "").strip() or None,
        published=created.date().isoformat() if created else None,
        author=(core.author or "").strip() or None,
    )


def _lines(container) -> Iterator[str]:
    """The lines of a document or table cell: a paragraph each, a table row each."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                yield CELL_SEPARATOR.join(_cells(row))
        else:
            yield block.text


def _cells(row) -> Iterator[str]:
    """The text of each distinct cell of ROW; nested tables are flattened into their cell."""
    previous = None
    for cell in row.cells:
        if cell._tc is previous:  # a horizontally merged cell is listed once per grid column
            continue
        previous = cell._tc
        yield " ".join(line.strip() for line in _lines(cell) if line.strip())
