"""Extraction: from a document's text to its record of actors, relations, claims and quotes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from actormap.extract.pipeline import build_pipeline
from actormap.extract.record import to_record
from actormap.extract.structured import apply_structure
from actormap.model import Document, Record

EXTRACTOR_NAME = "actormap.extract"
EXTRACTOR_VERSION = "0.1.0"


def extract_documents(documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 16) -> Iterator[Record]:
    """Records for the documents, in order, streamed through one pipeline."""
    nlp = nlp or build_pipeline()
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield to_record(apply_structure(doc, document), document)


def extract_document(document: Document, nlp: Language | None = None) -> Record:
    """The record of one document."""
    return next(extract_documents([document], nlp))


def extract_text(text: str, source: str = "<text>", nlp: Language | None = None) -> Record:
    """The record of a bare text (a convenience for tests and notebooks)."""
    return extract_document(Document(text=text, source=source), nlp)
