"""A document as read from disk: its text and metadata, before extraction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def document_id(text: str) -> str:
    """The record's document id: the first 16 hex digits of the text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """Text plus the metadata a reader found (title, publisher, dates, source path or URL)."""

    text: str
    source: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return document_id(self.text)

    @property
    def display_title(self) -> str:
        """The given title, else the first non-empty line of the text."""
        if self.title:
            return self.title
        for line in self.text.splitlines():
            if line.strip():
                return line.strip().lstrip("#").strip()[:200]
        return ""
