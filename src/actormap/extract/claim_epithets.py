"""Who a common noun stands for when no name is on it: "the FAMa colonel" speaks for FAMa, "the
state's commissioner for security" is the one person the document titles commissioner, "the
warlord" is the person the sentence named before, "the gang" is the body of the leader named just
before.

Hand-written because these are a reader's inferences from the document as a whole (its titles,
who was named where), which neither the parser nor the shared reference.py makes. Each rule asks
for one unambiguous answer and gives none otherwise: a wrong subject or claimant is a wrong claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_words import SUBJECT_DEPS, speech_verbs, word_set
from actormap.extract.doc_text import text_of
from actormap.extract.reference import role_nouns

if TYPE_CHECKING:
    from actormap.extract.claim_referents import ClaimResolver


def body_on(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "the FAMa colonel", "Colombian Army intelligence", "two PMF administrators", "a spokesman
    for the group", "investigators from OCRTIS": an unnamed source with an organization on it
    speaks for that organization; a former member ("three former members of the battalion") no
    longer does."""
    if noun.pos_ != "NOUN" or any(c.lower_ in {"former", "ex", "retired"} for c in noun.children):
        return None
    for child in noun.children:
        actor = resolver.index.get(child.i)
        if actor is None and child.dep_ == "compound" and child.pos_ == "NOUN":
            # "the older Yan Sa Kai vigilante group": the name hangs on the noun before the head
            actor = next((resolver.index[c.i] for c in child.children if c.dep_ == "compound" and c.i in resolver.index), None)
        if child.dep_ in {"compound", "poss", "nmod"} and actor is not None and actor.type == "organization":
            return actor
    if noun.lemma_.lower() not in role_nouns():
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "with", "at", "from"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            actor = resolver.actor(obj)
            if actor is not None and actor.type == "organization":
                return actor
    return None


def titled_person(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "the state's commissioner for security said …" before "Commissioner Abubakar Dauda Gusami
    told reporters …": a definite singular title is the one person the document gives that title
    (a descriptor whose head is the noun); nobody when several or none have it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma not in role_nouns():
        return None
    if not any(c.lower_ in {"the", "this"} or c.dep_ == "poss" for c in noun.children):
        return None  # "a commissioner said": someone not named
    titled = {a.id: a for a in resolver.all_actors if a.type == "person" and any(d.head == lemma for d in a.descriptors)}
    return next(iter(titled.values())) if len(titled) == 1 else None


def epithet_person(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "A bandit leader known as Dan Sadiya has forced …, the commissioner said, adding that the
    warlord now commands 1,200 men": a bare "the <role>" as a clause subject is the one person
    the sentence named before it inside a subject phrase, when it named one."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in role_nouns():
        return None
    if noun.dep_ not in SUBJECT_DEPS or [c.lower_ for c in noun.children] != ["the"]:
        return None
    people = {
        actor.id: actor
        for t in noun.doc[noun.sent.start : noun.i]
        for actor in [resolver.index.get(t.i)]
        if actor is not None and actor.type == "person" and _in_subject(t)
    }
    return next(iter(people.values())) if len(people) == 1 else None


def _in_subject(token: Token) -> bool:
    """Whether TOKEN is a clause subject or inside one ("A bandit leader known as Dan Sadiya"),
    other than a speaker's ("Hassan said the commander had …" is not about Hassan)."""
    node = token
    for _ in range(6):
        if node.dep_ in SUBJECT_DEPS:
            return node.head.lemma_.lower() not in speech_verbs()
        if node.head.i == node.i or node.pos_ in {"VERB", "AUX"} and node.dep_ != "acl":
            return False
        node = node.head
    return False


def leader_before(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "A bandit leader known as Dan Sadiya has forced … The gang had also kidnapped 114 people":
    with no organization named before, "the gang" is the body of the one person the sentence before
    (or its own sentence, before it) introduces as a leader; the leader stands for it."""
    doc = noun.doc
    start = doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else noun.sent.start
    leaders: dict[str, Actor] = {}
    for t in doc[start : noun.i]:
        actor = resolver.index.get(t.i)
        if actor is None or actor.type != "person":
            continue
        title = _leader_noun(t, resolver)
        if title is not None:
            leaders[actor.id] = actor
    return next(iter(leaders.values())) if len(leaders) == 1 else None


def _leader_noun(name: Token, resolver: ClaimResolver) -> Token | None:
    """The leader noun a name is given to: "a bandit leader known as X", "X, the group's leader",
    "the leader, X"."""
    leaders = word_set("leader_nouns")
    node = name
    for _ in range(4):  # "leader <- known <- as <- X", "leader <- X (appos)"
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ == "NOUN" and head.lemma_.lower() in leaders and head.i not in resolver.index:
            return head
        if node.dep_ not in {"pobj", "prep", "acl", "appos", "compound", "oprd"}:
            return None
        node = head
    for child in name.children:
        if child.dep_ == "appos" and child.lemma_.lower() in leaders:
            return child
    return None


def quoted_word(token: Token) -> bool:
    """Whether TOKEN sits inside quotation marks opened earlier in its sentence: the partial quote
    of ‘said that "our heroes" had killed …’."""
    sent: Span = token.sent
    before = text_of(token.doc)[sent.start_char : token.idx]
    return sum(before.count(mark) for mark in ('"', "\u201c", "\u201d")) % 2 == 1
