"""Facts a reader already knows from the file's structure, added after the language stages.

A chat export says who wrote each message: the message is a quote by its sender and the
numbers in it are the sender's claims. A ledger row says who paid whom how much: it is a
`funds` relation and a money claim whose evidence is the row. Readers put these spans in
`Document.meta` ("speech", "ledger_rows"; see docs/readers.md).
"""

from __future__ import annotations

from spacy.tokens import Doc

from actormap.extract.actors import Actor
from actormap.extract.doc_text import text_of
from actormap.extract.facts import Claim, Relation
from actormap.extract.first_person import TURN
from actormap.extract.mentions import Mention
from actormap.extract.quotemarks import Passage
from actormap.extract.quotes import Quote
from actormap.extract.typevote import organization_words
from actormap.model import Document


def _actor_at(doc: Doc, start: int, end: int, name: str, default_type: str) -> Actor | None:
    """The actor mentioned at START:END, else one with that name, else a new actor for it."""
    actors: list[Actor] = doc._.actors
    for actor in actors:
        if any(m.start_char < end and m.end_char > start for m in actor.mentions):
            return actor
    for actor in actors:
        if actor.name == name or name in actor.aliases:
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None:
                actor.mentions.append(Mention(span=span, label=actor.mentions[0].label, entry=actor.mentions[0].entry))
                actor.mentions.sort(key=lambda m: m.start_char)
            return actor
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return None
    etype = "organization" if any(w in organization_words() for w in name.split()) else default_type
    label = {"person": "PERSON", "organization": "ORG"}[etype]
    actor = Actor(id=f"e{len(actors) + 1}", type=etype, mentions=[Mention(span=span, label=label)])
    actors.append(actor)
    for i in range(span.start, span.end):
        doc._.actor_index[i] = actor
    return actor


def _apply_speech(doc: Doc, messages: list[dict]) -> None:
    quotes: list[Quote] = doc._.quotes
    claims: list[Claim] = doc._.claims or []
    for message in messages:
        start, end = message["start"], message["end"]
        sender = _actor_at(doc, message["speaker_start"], message["speaker_end"], message["speaker"], "person")
        if sender is None or end <= start:
            continue
        inner = [q for q in quotes if start <= q.start and q.end <= end]
        if not inner:
            passage = Passage(parts=[(start, end)], start=start, end=end)
            quotes.append(Quote(passage, text_of(doc)[start:end].strip(), sender, None))
        for claim in claims:
            if claim.claimant is None and start <= claim.evidence[0] < end:
                claim.claimant = sender
    quotes.sort(key=lambda q: q.start)


def _apply_ledger(doc: Doc, rows: list[dict]) -> None:
    if doc._.claims is None:
        doc._.claims = []
    if doc._.relations is None:
        doc._.relations = []
    for row in rows:
        payer = _actor_at(doc, row["payer_start"], row["payer_end"], row["payer"], "person")
        payee = _actor_at(doc, row["payee_start"], row["payee_end"], row["payee"], "organization")
        if payer is None or payee is None:
            continue
        evidence = (row["start"], row["end"])
        inside = lambda fact: row["start"] <= fact.evidence[0] < row["end"]  # noqa: E731
        # the row states these facts itself: what the language stages read into it gives way
        doc._.relations = [r for r in doc._.relations if not (inside(r) and r.type == "funds")]
        doc._.claims = [c for c in doc._.claims if not (inside(c) and c.unit_class == "money")]
        doc._.relations.append(Relation("funds", payer, payee, evidence))
        currency = row.get("currency") or "money"
        doc._.claims.append(Claim(payer, float(row["amount"]), currency, "money", "exact", evidence))


def _speaker_turns(doc: Doc) -> list[tuple[int, int, Actor]]:
    """ "MR. BRENNAN: …" or "Abu Khalil: …": lines a transcript or log opens with a named speaker."""
    turns = []
    index: dict[int, Actor] = doc._.actor_index or {}
    for match in TURN.finditer(text_of(doc)):
        label = doc.char_span(match.start("label"), match.end("label"), alignment_mode="expand")
        if label is None:
            continue
        speakers = {index[t.i].id: index[t.i] for t in label if t.i in index and index[t.i].type == "person"}
        if len(speakers) == 1:
            turns.append((match.start(), match.end("line"), next(iter(speakers.values()))))
    return turns


def _apply_turns(doc: Doc) -> None:
    for start, end, speaker in _speaker_turns(doc):
        for claim in doc._.claims or []:
            if claim.claimant is None and start <= claim.evidence[0] < end:
                claim.claimant = speaker


def apply_structure(doc: Doc, document: Document) -> Doc:
    """Add the quotes, relations and claims that the document's structure states."""
    _apply_turns(doc)
    if document.meta.get("speech"):
        _apply_speech(doc, list(document.meta["speech"]))  # type: ignore[arg-type]
    if document.meta.get("ledger_rows"):
        _apply_ledger(doc, list(document.meta["ledger_rows"]))  # type: ignore[arg-type]
    return doc
