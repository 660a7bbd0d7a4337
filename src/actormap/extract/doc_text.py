"""The text of a parsed document, read once.

spaCy's `Doc.text` is not stored: every read joins all the tokens again. The rules read it
hundreds of times per document (to find a line, a heading, the characters around a mention),
which made it the largest cost of extraction after the parser itself. A doc's text never
changes once it is tokenized (even a retokenizer's merge keeps it), so it is kept in the
doc's `user_data` on first read.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "actormap.text"


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per document."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
