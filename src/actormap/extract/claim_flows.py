"""Whose money is when the clause's subject only acted on it: money frozen or seized "in accounts
belonging to X" is X's, not the freezer's; money "passing through X" or "paid from X to Y" is
X's, the body it moved through or came from.

Hand-written on the dependency parse like the other claim rules; the verbs are data
(`holding_participles`, `flow_verbs` in patterns/en/numbers.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from actormap.extract.actors import Actor
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claim_units import PlacedAmount
from actormap.extract.claim_words import word_set

OWNER_PREPS = {"to", "by", "with"}  # "belonging to X", "held by X", "associated with X"
FLOW_PREPS = {"through", "from", "via"}
PARTIES = {"person", "organization"}


def money_party(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """The holder of the accounts or assets the money sits in, else the body it moved through or
    came from; None when the sentence names neither (or the amount is no money)."""
    if found.unit_class != "money":
        return None
    nodes = _amount_nodes(found)
    for node in nodes:
        holder = _holder_of(node, resolver)
        if holder is not None:
            return holder
    for node in nodes:
        source = _flowed_through(node, resolver)
        if source is not None:
            return source
    for node in nodes:
        receiver = _went_to(node, resolver)
        if receiver is not None:
            return receiver
    return _receiving_accounts(found, resolver) or _confiscated_from(found, resolver)


def _receiving_accounts(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """ "Accounts controlled by Lina Haddad received about $46.2 million": money received by
    accounts someone holds is theirs."""
    anchor = found.anchor
    if anchor.dep_ != "dobj" or anchor.head.lemma_.lower() not in {"receive", "get", "take", "collect"}:
        return None
    subject = next((c for c in anchor.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return _holder_of(subject, resolver) if subject is not None else None


def _confiscated_from(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """ "froze bank accounts linked to Tan holding RM 38 million", "seized assets belonging to
    Somchai worth 430 million baht": money that what was frozen or seized holds or is worth is
    the holder's. The parser hangs the amount anywhere under the verb, and the holder's name
    anywhere under the participle, so both are looked for in the subtree."""
    verb = found.anchor
    for _ in range(8):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in word_set("confiscation_verbs"):
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    for held in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        for participle in (c for c in held.children if c.dep_ in {"acl", "relcl"}):
            if participle.lemma_.lower() not in word_set("holding_participles"):
                continue
            for token in participle.subtree:
                actor = resolver.index.get(token.i)
                if actor is not None and actor.type in PARTIES:
                    return actor
    return None


def _went_to(node: Token, resolver: ClaimResolver) -> Actor | None:
    """ "A further $1.4 million went to Calanthe Holdings Ltd": money that is the subject of a
    motion verb is the receiver's (a body it went through or came from is taken first)."""
    if node.dep_ not in {"nsubj", "nsubjpass"} or node.head.lemma_.lower() not in word_set("arrival_verbs"):
        return None
    return _object(node.head, {"to", "into"}, resolver)


def _amount_nodes(found: PlacedAmount) -> list[Token]:
    """The amount's own tokens, then the words they hang from (the verb that froze or showed it)."""
    amount = found.amount
    span = list(found.number.doc[amount.number_start : amount.end])
    heads = [t.head for t in span if t.head not in span]
    return list(dict.fromkeys(span + heads))


def _holder_of(node: Token, resolver: ClaimResolver, depth: int = 0) -> Actor | None:
    """ "260 million baht in accounts linked to X", "R$310 million in assets belonging to X",
    "$2 million belonging to X", "€340,000 held in two bank accounts linked to X": who holds it."""
    places = [node] if node.pos_ in {"NOUN", "PROPN", "NUM", "SYM"} else []
    places += [o for p in node.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    for place in places:
        for participle in (c for c in place.children if c.dep_ in {"acl", "relcl"}):
            if participle.lemma_.lower() not in word_set("holding_participles"):
                continue
            actor = _object(participle, OWNER_PREPS | {"agent"}, resolver)
            if actor is None and depth == 0:  # "held in accounts linked to X": the accounts' holder
                actor = _holder_of(participle, resolver, depth + 1)
            if actor is not None:
                return actor
    return None


def _flowed_through(node: Token, resolver: ClaimResolver) -> Actor | None:
    """ "$42 million passing through Pacific Harbour", "18 million baht paid each month from Golden
    Lotus to the DRGF": the body the money went through or came from."""
    for verb in (c for c in node.children if c.dep_ in {"acl", "relcl"}):
        if verb.lemma_.lower() in word_set("flow_verbs"):
            actor = _object(verb, FLOW_PREPS, resolver)
            if actor is not None:
                return actor
    return None


def _object(word: Token, preps: set[str], resolver: ClaimResolver) -> Actor | None:
    for obj in _objects(word, preps):
        actor = resolver.actor(obj)
        if actor is not None and actor.type in PARTIES:
            return actor
    return None


def _objects(word: Token, preps: set[str]) -> Iterator[Token]:
    for prep in word.children:
        if prep.dep_ == "agent" and "agent" in preps or prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (o for o in prep.children if o.dep_ == "pobj")
