"""Web pages (.html, .htm): the main text and metadata as trafilatura finds them.

Keeps the article body (boilerplate such as menus and footers dropped), the title, the
publication date as YYYY-MM-DD, the author and the site name as publisher. The date comes
from the page's markup only: trafilatura's extensive search is off because it turns a
footer's "Copyright 2024" into 2024-01-01. Limit: 20 MiB (`limits.HTML_BYTES`).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from actormap.errors import InputError
from actormap.ingest import limits
from actormap.model import Document

_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read(path: Path) -> Document:
    """Read an HTML page; binary content or a page with no extractable text is an InputError."""
    raw = limits.read_bytes(path, limits.HTML_BYTES, "HTML pages")
    if b"\x00" in raw[:8192]:
        raise InputError(str(path), "looks binary (NUL bytes), not HTML")
    page = extract(raw)
    if page is None or not (page.text or "").strip():
        raise InputError(str(path), "has no extractable text (an empty page, or only navigation and scripts)")
    return Document(
        text=page.text.strip(),
        source=str(path),
        title=page.title or None,
        published=page.date or None,
        publisher=page.sitename or None,
        author=page.author or None,
        meta={"url": page.url} if page.url else {},
    )


def extract(markup: bytes | str):  # -> trafilatura.settings.Document | None
    """trafilatura's extraction of MARKUP with metadata; None when it finds no text."""
    import trafilatura  # heavy: imported only when an HTML page is read

    return trafilatura.bare_extraction(markup, with_metadata=True, date_extraction_params=_DATE_PARAMS)


def to_text(markup: str) -> str:
    """Every visible text node of an HTML fragment (an e-mail body), one line per block.

    Not trafilatura: its main-text heuristics drop the short paragraphs e-mails are made of.
    """
    stripper = _Stripper()
    stripper.feed(markup)
    stripper.close()
    lines = (" ".join(line.split()) for line in "".join(stripper.parts).splitlines())
    return "\n".join(line for line in lines if line)


class _Stripper(HTMLParser):
    """Every text node outside scripts and styles, a line break at each block element."""

    BLOCKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 blockquote pre table section article".split())
    HIDDEN = frozenset(("script", "style", "head", "title"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in self.HIDDEN
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in self.HIDDEN and self.hidden > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)
