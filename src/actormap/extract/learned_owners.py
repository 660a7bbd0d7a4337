"""An owner for the amounts no claim rule owns, proposed by a model trained on the gold fixtures.

Most numbers the claim rules find a unit for but leave without a subject are about an actor the
sentence, or the one before, names in a way no rule reads ("members of the gang killed at least
97 residents", "TLM trucks moved more than $41 million"). Giving each to the actor named nearest
was measured twice and rejected (about one right claim for nine wrong). Here a logistic
regression over the dependency path from the number to each actor named in the sentence and the
one before, the actor's role in its clause and the unit (pair_features.py) picks the owner, or
none when no candidate clears the saved threshold. The claimant, and whoever says or reports the
amount, is never a candidate.

Described in docs/claims.md ("The learned owner"); measured in docs/extraction.md (session 10).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_claimants import source_actor
from actormap.extract.claim_clauses import subject_token
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claim_units import PlacedAmount
from actormap.extract.claim_words import claim_verbs, speech_verbs
from actormap.extract.linear_model import load_model
from actormap.extract.pair_features import (
    end_features,
    governor_features,
    path_features,
    span_features,
)

MODEL = "claim_owner_model"
OWNER = "owner"


def owner_features(found: PlacedAmount, claimant: Actor | None, actor: Actor, mention: Span, where: str) -> list[str]:
    """What the model reads about `actor` owning the amount: unit, types, path, roles, distance."""
    anchor = found.anchor
    unit = found.unit_token.lemma_.lower() if found.unit_token is not None else "-"
    features = [f"ut={found.unit_class}", f"at={actor.type}", f"ut_at={found.unit_class}:{actor.type}",
                f"where={where}", f"w_at={where}:{actor.type}", f"unit={unit}",
                f"nm={min(len(actor.mentions), 5)}"]
    features += governor_features(anchor, "n") + end_features(mention.root, "a")
    if where == "same":
        features += path_features(anchor, mention.root) + span_features(mention.doc, mention, anchor.doc[anchor.i : anchor.i + 1])
    return features


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs whose subject says or counts what hangs below them ("said", "recorded", "estimates")."""
    return claim_verbs()["reporting"] | speech_verbs() | {"estimate", "put"}


def reporting_sources(found: PlacedAmount, resolver: ClaimResolver) -> Iterator[tuple[Token, Actor]]:
    """Each reporting verb above the amount, nearest first, with the actor that is its subject."""
    token = found.anchor
    while token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in reporting_verbs():
            source = source_actor(subject_token(token), resolver)
            if source is not None:
                yield token, source


def speakers_above(found: PlacedAmount, resolver: ClaimResolver) -> set[str]:
    """Who says or reports the amount ("Musa Bello said the commander has 1,200 men"): the rules
    make a speaker its owner only when the verb is a claim of their own, so the model may not."""
    return {source.id for _, source in reporting_sources(found, resolver)}


def owner_candidates(found: PlacedAmount, claimant: Actor | None, resolver: ClaimResolver) -> list[tuple[Actor, list[str]]]:
    """Each actor named in the amount's sentence or the one before, with its nearest mention's
    features; not its claimant, anyone who says or reports it, or a person whose name only
    qualifies a noun."""
    barred = speakers_above(found, resolver) | ({claimant.id} if claimant is not None else set())
    sentences = resolver.refs.sentences()
    number = found.number.i
    k = bisect_right([s.start for s in sentences], number) - 1
    candidates = []
    for where, sentence in (("same", sentences[k]), ("prev", sentences[k - 1] if k > 0 else None)):
        if sentence is None:
            continue
        for actor in resolver.doc._.actors:
            if actor.id in barred:
                continue
            spans = [m.span for m in actor.mentions if m.span.start >= sentence.start and m.span.end <= sentence.end
                     and not m.span.start <= number < m.span.end and not _followers_of(actor, m.span)]
            if spans:
                mention = min(spans, key=lambda s: abs(s.start - number))
                candidates.append((actor, owner_features(found, claimant, actor, mention, where)))
    return candidates


def _followers_of(actor: Actor, mention: Span) -> bool:
    """ "the Assad loyalists": a person's name on a common noun names his followers, not him (a
    body's name on one, "Bravo Logistics trucks", names its own)."""
    return actor.type == "person" and mention.root.dep_ in {"compound", "amod"} and mention.root.head.pos_ == "NOUN"


def learned_owner(found: PlacedAmount, claimant: Actor | None, resolver: ClaimResolver) -> Actor | None:
    """The likeliest owner of an amount no rule owns, if the model is sure enough of one."""
    model = load_model(MODEL)
    if model is None:
        return None
    best: tuple[float, Actor] | None = None
    for actor, features in owner_candidates(found, claimant, resolver):
        p = model.probabilities(features)[OWNER]
        if p >= model.threshold and (best is None or p > best[0]):
            best = (p, actor)
    return best[1] if best else None
