"""Registers actormap's spaCy components and the Doc attributes they fill."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from actormap.extract.actors import find_actors
from actormap.extract.demonyms import add_demonym_actors
from actormap.extract.descriptors import attach_descriptors
from actormap.extract.propagate import propagate_aliases
from actormap.extract.quotes import find_quotes
from actormap.extract import claims, relations  # noqa: F401  (register actormap_claims, actormap_relations)

for _name in ("actors", "actor_index", "quotes", "claims", "relations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("actormap_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and paragraphs often lack a final full stop. A
    dateline ends one too: in "KHARTOUM, March 14, 2025 (Wire) - Sudan's army said …" the parser
    otherwise makes the city the subject of "said"."""
    line_start = 0
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space:
            doc[token.i + 1].is_sent_start = True
            line_start = token.i + 1
        elif token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            line_start = token.i + 1
        elif token.i == line_start:
            end = _dateline_end(doc, token.i)
            if end is not None:
                doc[end].is_sent_start = True
    return doc


DATELINE_DASHES = {"-", "--", "–", "—"}


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The first token after a dateline opening a line at START: a place in capitals, a comma,
    then a dash within a dozen tokens on the same line ("BAMAKO, Mali, 3 May (Sahel Wire) —")."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) > 2):
        return None
    for token in doc[start + 1 : min(len(doc) - 1, start + 16)]:
        if "\n" in token.text:
            return None
        if token.text in DATELINE_DASHES and token.i > start + 1:
            following = doc[token.i + 1]
            return following.i if not following.is_space and "," in doc[start : token.i].text else None
    return None


@Language.component("actormap_actors", assigns=["doc._.actors", "doc._.actor_index"])
def actors_component(doc: Doc) -> Doc:
    actors = find_actors(doc)
    propagate_aliases(doc, actors)
    add_demonym_actors(doc, actors)
    attach_descriptors(doc, actors)
    doc._.actors = actors
    doc._.actor_index = {t: a for a in actors for m in a.mentions for t in range(m.span.start, m.span.end)}
    return doc


@Language.component("actormap_quotes", requires=["doc._.actors"], assigns=["doc._.quotes"])
def quotes_component(doc: Doc) -> Doc:
    doc._.quotes = find_quotes(doc)
    return doc
