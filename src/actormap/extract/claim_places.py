"""Counts that are the claim of a place, when the clause names no actor they belong to.

- People driven from their homes are the place they left: "at least 8,500 people had fled the
  fighting around Lweje", "nearly 420,000 people have fled their homes across Amhara", "about
  14,600 people displaced in Maguindanao del Sur"; people who arrived somewhere are the place
  they reached ("1,200 families had arrived in the city").
- The dead and wounded of an attack nobody is named for are the place it struck: "fighters
  clashed near the Sharara oil field, and local medics said 11 people were killed".

Every gold set written for the project puts such counts on the place, and conflict reporting
gives one in nearly every humanitarian paragraph, while the clause rules find no actor in such a
clause (its subject is the people counted, or "the fighting"). Hand-written on the dependency
parse because no offline model links a count to a place.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claim_units import PlacedAmount
from actormap.extract.claim_words import (
    SCENE_PREPS,
    SUBJECT_DEPS,
    speech_verbs,
    word_set,
)
from actormap.extract.doc_text import text_of
from actormap.extract.gazetteer_words import PLACE_NOUNS

# where people were driven from, or were when displaced; "fled to X" is where they went
ORIGIN_PREPS = {"from", "in", "across", "around", "near", "within", "throughout", "of", "inside", "out"}
ARRIVAL_PREPS = {"in", "at", "to", "into", "inside"}


def displaced_from(found: PlacedAmount, verb: Token, child: Token, resolver: ClaimResolver) -> Actor | None:
    """The place a count of displaced people is about, or None when the clause names none."""
    noun = found.unit_token
    if noun is None or found.unit_class not in {"people", "count"} or noun.lemma_.lower() not in word_set("displaced_nouns"):
        return None
    lemma = verb.lemma_.lower()
    counted = {noun.i, found.number.i}
    state = next((c for c in verb.children if c.dep_ in {"acomp", "oprd"} and c.lower_ in {"displaced", "uprooted", "homeless"}), None)
    if state is not None and child.i in counted:  # "580,000 people remain displaced in Cabo Delgado"
        return _place_after(state, ORIGIN_PREPS, resolver) or _place_after(verb, ORIGIN_PREPS, resolver)
    if lemma in word_set("reaching_verbs") and child.dep_ in SUBJECT_DEPS and child.i in counted:
        return _place_after(verb, ARRIVAL_PREPS, resolver, nested=True)
    if lemma in word_set("displacement_verbs") and (child.i in counted or _said_displaced(noun)):
        return (_place_left(verb, resolver) or _place_after(verb, ORIGIN_PREPS, resolver)
                or _place_on(noun, resolver) or _place_of_agent(verb, resolver))
    if _said_displaced(noun):  # "6,350 displaced people sheltering in Sugapa"
        return _place_on(noun, resolver) or _place_after(verb, ORIGIN_PREPS | {"at"}, resolver)
    return None


def _place_left(verb: Token, resolver: ClaimResolver) -> Actor | None:
    """ "had fled Sirwah district": the place is the verb's object."""
    return next((p for p in (_place(c, resolver) for c in verb.children if c.dep_ == "dobj") if p is not None), None)


def _place_of_agent(verb: Token, resolver: ClaimResolver) -> Actor | None:
    """ "displaced by the conflict in Burkina Faso": the place of what drove them out."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for cause in (o for o in agent.children if o.dep_ == "pobj"):
            for obj in _prep_objects(cause, {"in", "across", "around"}):
                place = _place(obj, resolver)
                if place is not None:
                    return place
    return None


def _said_displaced(noun: Token) -> bool:
    """ "displaced people", "people displaced by the fighting", "internally displaced persons"."""
    if noun.lemma_.lower() in word_set("displaced_people_nouns"):
        return True
    return any(c.lower_ in {"displaced", "uprooted"} and c.dep_ in {"amod", "acl", "compound"} for c in noun.children)


def _place_after(verb: Token, preps: set[str], resolver: ClaimResolver, nested: bool = False) -> Actor | None:
    """A place the verb's prepositions name, directly or on its object ("fled the fighting
    around Lweje", "fled their homes across Amhara", "sheltering in camps in Benue State")."""
    heads = [verb] + [c for c in verb.children if c.dep_ in {"dobj", "advcl", "acl"} and c.pos_ in {"NOUN", "VERB"}]
    for head in heads:
        for obj in _prep_objects(head, preps):
            place = _place(obj, resolver)
            # "sheltering in camps in Benue State": the place the camps are in
            for inner in _prep_objects(obj, {"in"}) if nested and place is None and obj.pos_ == "NOUN" else []:
                place = place or _place(inner, resolver)
            if place is not None:
                return place
    return None


def _place_on(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "Tongo Tongo residents", "residents of Tongo Tongo", "people displaced in X"."""
    for child in noun.children:
        if child.dep_ in {"compound", "nmod", "poss"}:
            place = _place(child, resolver)
            if place is not None:
                return place
    for obj in _prep_objects(noun, ORIGIN_PREPS):
        place = _place(obj, resolver)
        if place is not None:
            return place
    for participle in (c for c in noun.children if c.dep_ == "acl"):
        for obj in _prep_objects(participle, ORIGIN_PREPS):
            place = _place(obj, resolver)
            if place is not None:
                return place
    return None


def _prep_objects(head: Token, preps: set[str]) -> Iterator[Token]:
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                yield obj
                yield from (c for c in obj.children if c.dep_ == "conj")


def _place(token: Token, resolver: ClaimResolver) -> Actor | None:
    """The location TOKEN names, or the one "the city" / "the district" stands for: the latest
    place named before it in the sentence."""
    actor = resolver.index.get(token.i) or resolver.refs.actor_of(token)
    if actor is not None:
        return actor if actor.type == "location" else None
    for child in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (o for o in child.children if o.dep_ == "pobj"):
            named = resolver.index.get(name.i)
            if named is not None and named.type == "location":
                return named  # "the town of Bara"
    return definite_place(token, resolver)


def definite_place(token: Token, resolver: ClaimResolver) -> Actor | None:
    """ "the town", "the city": the latest place named before it, in its sentence or the one
    before ("… had killed four civilians in Kostiantynivka. About 6,500 residents remain in the
    town")."""
    if token.lemma_.lower() not in word_set("place_nouns") or not any(c.lower_ == "the" for c in token.children):
        return None
    if not token.is_lower or token.i in resolver.index:
        return None  # "the Islamic State" is a name
    return _place_before(token, resolver)


def _scene_noun(token: Token, resolver: ClaimResolver) -> Actor | None:
    """ "in the state", "reached the village": a place noun where something happened (not "the
    city's main hospital", where the wounded were taken)."""
    if token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.lower_ in SCENE_PREPS:
        return definite_place(token, resolver)
    return None


def _place_before(token: Token, resolver: ClaimResolver) -> Actor | None:
    """The latest place named before TOKEN, in its sentence or the one before."""
    doc = token.doc
    sent_start = token.sent.start
    previous_start = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
    for before in reversed(doc[previous_start : token.i]):
        named = resolver.index.get(before.i)
        if named is not None and named.type == "location":
            return named
        if named is not None and named.type == "organization" and before.lower_ == token.lower_ and before.i > 0:
            place = _place_in_body_name(doc[before.i - 1], before, resolver)
            if place is not None:
                return place  # "The Plateau State Police Command has confirmed 118 deaths in the state"
    return None


def _place_in_body_name(name: Token, noun: Token, resolver: ClaimResolver) -> Actor | None:
    """The place a body's name opens with ("Plateau State" of the "Plateau State Police Command"),
    when the document names that place on its own too."""
    wanted = {name.text, f"{name.text} {noun.text}"}
    for actor in resolver.all_actors:
        if actor.type == "location" and any(m.text in wanted for m in actor.mentions):
            return actor
    return None


def casualty_place(found: PlacedAmount, verb: Token, resolver: ClaimResolver) -> Actor | None:
    """The one place the sentence of a casualty count names, not a place the wounded were taken
    to ("admitted to hospitals in Marawi") nor where the count was said ("an official in Niamey
    said", "told journalists in Gusau"); None when it names none, or several. A part of a count
    ("…, including 11 women") is left to the count it is part of."""
    if found.unit_class not in {"people", "count"} or not _casualty(found, verb):
        return None
    start = found.amount.start
    if start > 0 and found.number.doc[start - 1].lower_ in {"including", "among"}:
        return None
    noun = found.unit_token
    for obj in (o for p in (noun.children if noun is not None else []) if p.dep_ == "prep" and p.lower_ in SCENE_PREPS
                for o in p.children if o.dep_ == "pobj"):
        own = resolver.index.get(obj.i) or _scene_noun(obj, resolver)
        if own is not None and own.type == "location":
            return own  # "118 deaths in the state, while … killed in Benue": the count's own place
    sent = found.number.sent
    places = {
        actor.id: actor
        for token in sent
        if (actor := resolver.index.get(token.i)) is not None and actor.type == "location" and not _taken_to(token) and not _where_said(token)
    }
    if not places:  # "confirmed 118 deaths in the state", "were killed there": the place named just before
        places = {
            actor.id: actor
            for token in sent
            if (actor := _place_before(token, resolver) if token.lower_ == "there" and token.dep_ == "advmod" else _scene_noun(token, resolver))
            is not None
        }
    if not places:
        return _headline_place(found.number.doc, resolver) if _civilian(found) else None
    if len(places) > 1:  # "attacked Kadawa village in Maru Local Government Area of Zamfara State": Kadawa
        places = {key: actor for key, actor in places.items()
                  if not any(_contains(token, resolver) for token in sent
                             if resolver.index.get(token.i) is actor and resolver.index.get(token.i - 1) is not actor)}
    return next(iter(places.values())) if len(places) == 1 else None


def _contains(start: Token, resolver: ClaimResolver) -> bool:
    """Whether the place named from START on is named only as what holds the place named right
    before it ("Kadawa village in Maru", "Maru Local Government Area of Zamfara State"), read on
    the words: the parser hangs such an "in" on the verb as often as on the place."""
    doc = start.doc
    actor = resolver.index.get(start.i)
    i = start.i - 1
    if i > 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in {"in", "of"}:
        return False
    before = i - 1
    if doc[before].lower_ in PLACE_NOUNS:
        before -= 1  # "Kadawa village in …"
    held = resolver.index.get(before) if before >= 0 else None
    return held is not None and held is not actor and held.type == "location"


def _civilian(found: PlacedAmount) -> bool:
    """Dead or wounded counted as people, not as a side's men ("four soldiers had died" is the
    army's loss, not the town's)."""
    words = {w.lower() for w in found.full_unit.split()}
    return bool(words & word_set("civilian_casualty_nouns")) and not words & word_set("combatant_nouns")


def _headline_place(doc: Doc, resolver: ClaimResolver) -> Actor | None:
    """The one place a news story's headline names when the headline is about an attack ("Death
    toll in Butig market bombing disputed"): the scene of the attack whose dead a later sentence
    counts without a place."""
    first_line = text_of(doc).split("\n", 1)[0]
    if len(text_of(doc)) == len(first_line) or len(first_line.split()) > 20:
        return None  # no headline: one paragraph, or a first line that is already the story
    if not {w.strip(".,:;").lower() for w in first_line.split()} & word_set("attack_headline_words"):
        return None
    headline = doc.char_span(0, len(first_line), alignment_mode="contract") or []
    places = {
        actor.id: actor for token in headline if (actor := resolver.index.get(token.i)) is not None and actor.type == "location"
    }
    return next(iter(places.values())) if len(places) == 1 else None


def _casualty(found: PlacedAmount, verb: Token) -> bool:
    casualty_words = word_set("casualty_words")
    words = {w.lower() for w in found.full_unit.split()}
    if words & casualty_words or verb.lemma_.lower() in casualty_words:
        return True
    noun = found.unit_token
    return noun is not None and any(c.lemma_.lower() in casualty_words for c in noun.children if c.dep_ in {"amod", "acl"})


def _taken_to(token: Token) -> bool:
    """ "taken to hospitals in Marawi", "fled into Ethiopia": a place reached, not struck."""
    node = token
    while node.head.i != node.i and node.sent.start == token.sent.start:
        if node.dep_ == "pobj" and node.head.lower_ in {"to", "into", "toward", "towards"}:
            return True
        if node.pos_ == "VERB":  # "taken to hospitals in Marawi": a verb of going somewhere
            return any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in node.children)
        node = node.head
    return False


def _where_said(token: Token) -> bool:
    """The place hangs from a verb of speech, through its speaker or its own phrase."""
    node = token.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node.lemma_.lower() in speech_verbs()
