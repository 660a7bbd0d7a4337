"""Shared nouns: the declared types, the document read from disk and the record extraction produces."""

from actormap.model.document import Document, document_id
from actormap.model.nouns import Nouns, load_nouns
from actormap.model.record import RECORD_FORMAT, Record

__all__ = ["Document", "document_id", "Nouns", "load_nouns", "RECORD_FORMAT", "Record"]
