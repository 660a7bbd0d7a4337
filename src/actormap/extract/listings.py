"""Names in sanctions and indictment listings: "1. KARAM, Walid Hassan (a.k.a. …); DOB …".

Designation notices list each person surname first, in capitals, then the given names. The
model reads "Walid Hassan" as a person of its own and "KARAM" as nothing; these rules read
the whole listed name as one mention and join it to the person the notice names in running
text ("Walid Karam"), so the listing becomes an alias instead of a second actor. No library
parses these listings, and their shape is regular enough for one expression.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Span

from actormap.extract.doc_text import text_of
from actormap.extract.mentions import Mention

# a line's start (with an item number) or a "Linked to: " entry, SURNAME(S) in capitals, a comma, Given Names
LISTED_NAME = re.compile(
    r"(?:^[ \t]*(?:\d{1,3}[.)][ \t]*)?|(?<=Linked to: )|(?<=; ))"
    r"(?P<name>(?P<surname>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){0,3}),[ \t]*"
    r"(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3}))"
    # then what only a listing writes next: ";", "(a.k.a. …", ", DOB …" (a dateline's "(Reuters)" is not one)
    r"(?=[ \t]*(?:;|\((?:a\.k\.a|f\.k\.a|aka|alias)|,[ \t]*(?:DOB|born|nationality|date of birth)))",
    re.MULTILINE,
)


# "Linked to: SAAD, Hassan Nabil." at the end of an entry
LINKED_NAME = re.compile(
    r"(?<=Linked to: )(?P<name>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){0,3},[ \t]*"
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3})(?=[ \t]*(?:[.;]|$))",
    re.MULTILINE,
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def listed_names(doc: Doc) -> list[Span]:
    """The "SURNAME, Given" names that open the lines of a listing."""
    spans: dict[int, Span] = {}
    for match in (*LISTED_NAME.finditer(text_of(doc)), *LINKED_NAME.finditer(text_of(doc))):
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if span is not None:
            spans[span.start] = span
    return [spans[start] for start in sorted(spans)]


def _parts(span: Span) -> tuple[list[str], list[str]]:
    surname, _, given = span.text.partition(",")
    return _fold(surname).split(), _fold(given).split()


def _fits(listed: Span, name: str) -> bool:
    """ "Walid Karam" fits "KARAM, Walid Hassan": the same first given name and a surname of the listing."""
    surnames, given = _parts(listed)
    tokens = _fold(name).split()
    return len(tokens) >= 2 and bool(given) and tokens[0] == given[0] and tokens[-1] in surnames


def _inside(name: str, listed: Span) -> bool:
    """ "Hassan Nabil" or "SAAD" within "SAAD, Hassan Nabil": pieces the model tagged on their own."""
    surnames, given = _parts(listed)
    return set(_fold(name).replace(",", " ").split()) <= set(surnames) | set(given)


def join_listed_names(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Merge each group of a listed name into the one person group whose name it fits."""
    for index, group in enumerate(groups):
        listed = [m for m in group if m.listed]
        if not listed or not all(m.listed or _inside(m.text, listed[0].span) for m in group):
            continue  # a group that also holds other names is a person of its own
        fitting = [
            other for j, other in enumerate(groups)
            if j != index and other and not all(m.listed for m in other)
            and any(_fits(listed[0].span, m.text) for m in other if not m.listed)
        ]
        if len(fitting) == 1:
            fitting[0].extend(group)
            groups[index] = []
    return [g for g in groups if g]
