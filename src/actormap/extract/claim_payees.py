"""Payments nobody in particular makes ("every trader pays the group $6", "recruits are offered
400,000 roubles"): the claim is about who takes the money, the payee, or when none is named the
body the document is about.

Hand-written because the rule is an analyst's convention (a levy is the levier's income), not a
grammatical relation any parser or library reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from actormap.extract.actors import Actor
from actormap.extract.claim_clauses import agents_of, is_passive, subject_token
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claim_units import PlacedAmount
from actormap.extract.claim_words import EACH, SUBJECT_DEPS, THIRD_PERSON, word_set


def _recipient(verb: Token, found: PlacedAmount, resolver: ClaimResolver) -> Token | None:
    """Who a payment goes to: an actor right before the amount ("paid the government $200 and
    al-Shabab $350"), else the indirect object ("pay the group", "paid $300 to Hezbollah")."""
    start = found.amount.start
    if start > 0 and (start - 1) in resolver.index and verb.doc[start - 1].dep_ not in SUBJECT_DEPS:
        return verb.doc[start - 1]
    return _indirect_object(verb, found.anchor)


def _indirect_object(verb: Token, amount: Token | None = None) -> Token | None:
    """ "pay the group 2.5 percent", "paid them $100", "paid $300 to Hezbollah"."""
    for child in verb.children:
        if child.i == (amount.i if amount is not None else -1):
            continue
        if child.dep_ in {"dative", "prep"} and child.lower_ == "to":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
        if child.dep_ == "dative":
            return child
        if child.dep_ == "dobj" and amount is not None and child.i < amount.i and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child  # "paid them between $100 and $300": the parser's object is the payee
    return None


def _sibling_recipient(verb: Token) -> Token | None:
    """ "Importers pay the group 2.5 percent, while truck drivers pay $300 per trip": the payee of a
    payment clause joined to this one."""
    siblings = [c for c in verb.children if c.dep_ in {"conj", "advcl"}]
    if verb.dep_ in {"conj", "advcl"}:
        siblings.append(verb.head)
    for other in siblings:
        if other.lemma_.lower() in word_set("pay_verbs"):
            found = _indirect_object(other)
            if found is not None:
                return found
    return None


def payee_subjects(verb: Token, child: Token, found: PlacedAmount, resolver: ClaimResolver, speaker: Token | None) -> list[Actor] | None:
    """Money (or a levy's percentage) that someone nobody in particular pays is a claim about who
    takes it: "every trader pays US$6" (no payee named: the body the document is about), "truck
    drivers pay the group $300", "recruits are offered 400,000 roubles". None when the payer is
    named, or the verb is no payment: the ordinary rules decide."""
    lemma = verb.lemma_.lower()
    if (found.unit_class != "money" and not found.share) or lemma not in word_set("pay_verbs"):
        return None
    if child.dep_ in SUBJECT_DEPS:
        return None
    if is_passive(verb):
        payee = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agents = agents_of(verb)
        if payee is None or any(resolver.actors(a, speaker) for a in agents):
            return None  # "X was paid $300 by the ministry": the payer the record names
        payees = resolver.actors(payee, speaker)
        if payees:  # "Wagner has been paid $10 million a month by the junta": nobody the record names paid
            return payees if agents else None
        return None if agents else _levied_by_topic(verb, found, resolver)
    payer = subject_token(verb)
    if payer is None or resolver.actors(payer, speaker):
        return None  # a payer the record names: the ordinary rules ("Karrar transferred $1.5m")
    named_payer = _named_in_apposition(payer, resolver) or _body_of_payers(payer, resolver)
    if named_payer is not None:
        return [named_payer]  # "JNIM recruiters promised him 50,000 CFA francs a month": JNIM pays
    recipient = _recipient(verb, found, resolver) or _sibling_recipient(verb)
    if recipient is not None:
        return resolver.actors(recipient)
    return _levied_by_topic(verb, found, resolver)


def _named_in_apposition(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "A gold buyer from Gao, Issa Maïga, pays the katiba …": a payer named beside its noun (the
    parser may hang the name on the place that qualifies the noun)."""
    places = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    named = (a for head in (noun, *places) for c in head.children if c.dep_ == "appos" for a in resolver.actors(c))
    return next((a for a in named if a.type in {"person", "organization"}), None)


def _body_of_payers(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "JNIM recruiters", "Wagner's paymasters": the body whose men make the payment."""
    for child in noun.children:
        if child.dep_ in {"compound", "poss"} and child.pos_ in {"PROPN", "NOUN"}:
            body = next((a for a in resolver.actors(child) if a.type == "organization"), None)
            if body is not None:
                return body
    return None


def previous_payee(verb: Token, child: Token, found: PlacedAmount, resolver: ClaimResolver) -> list[Actor]:
    """ "Drivers pay officers of the Venezuelan National Guard to pass. … the going rate was $4,000
    per truck": "the rate", "the fee", "the bribe" (`price_nouns`) with nothing on it is the price
    of the payment the sentence before made, so the claim is about that payment's payee."""
    if found.unit_class != "money" or verb.lemma_.lower() != "be" or child.dep_ != "attr":
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lemma_.lower() not in word_set("price_nouns") or subject.i in resolver.index:
        return []
    if any(c.dep_ in {"poss", "compound", "prep", "relcl", "acl"} for c in subject.children):
        return []  # "the rate for a guard's escort", "the group's fee": said what of
    if not any(c.lower_ == "the" for c in subject.children) or verb.sent.start == 0:
        return []
    for t in verb.doc[verb.sent.start - 1].sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in word_set("pay_verbs"):
            continue
        payee = _indirect_object(t) or next((c for c in t.children if c.dep_ == "dobj"), None)
        actors = _payee_actors(payee, resolver) if payee is not None else []
        if actors:
            return actors
    return []


def _payee_actors(payee: Token, resolver: ClaimResolver) -> list[Actor]:
    """The actors a payee stands for: its name, or the body "officers of the GNB" serve."""
    actors = [a for a in resolver.actors(payee) if a.type in {"person", "organization"}]
    if actors or payee.pos_ != "NOUN":
        return actors
    for prep in (c for c in payee.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            actor = resolver.actor(obj)
            if actor is not None and actor.type == "organization":
                return [actor]
    return []


def salaried_recipients(verb: Token, child: Token, found: PlacedAmount, resolver: ClaimResolver) -> list[Actor]:
    """ "Each enrolled fighter receives about 650,000 dinars a month": pay a body's men receive at a
    rate, with no payer named, is the pay of the body the document is about, as "recruits are
    offered 400,000 roubles on signing" is; "… from the Sahel Brigade" names that body. Only for
    the men a body fields (`salaried_nouns`), not "each miner earns $5 a day"."""
    if found.unit_class != "money" or not found.rate or verb.lemma_.lower() not in word_set("receive_verbs"):
        return []
    recipient = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if child.dep_ in SUBJECT_DEPS or recipient is None or recipient.pos_ != "NOUN":
        return []
    if recipient.lower_ not in word_set("salaried_nouns") or resolver.actors(recipient):
        return []
    if any(c.dep_ in {"poss", "compound", "prep"} for c in recipient.children):
        return []
    sources = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj"]
    if sources:  # "receives $200 a month from the Sahel Brigade", not "from gold sales"
        payers = [a for a in resolver.actors(sources[0]) if a.type in {"organization", "person"}]
        return payers[:1]
    topic = resolver.topic()
    return [topic] if topic is not None else []


def _levied_by_topic(verb: Token, found: PlacedAmount, resolver: ClaimResolver) -> list[Actor]:
    """A levy with no payee named ("every trader pays US$6 per kilogram", "recruits are offered
    400,000 roubles on signing") is the document's main body's: only for a rate paid or offered,
    not a gift ("donors gave $5m"), a one-off ("paid $300 in bribes") or a purchase ("pay $5 a
    month for water")."""
    if verb.lemma_.lower() not in word_set("levied_pay_verbs") or not found.rate:
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if objects and not any(d.lower_ in EACH for o in objects for d in o.children):
            return []
    topic = resolver.topic()
    return [topic] if topic is not None else []


def paid_to_speaker(verb: Token, child: Token, found: PlacedAmount, resolver: ClaimResolver) -> list[Actor] | None:
    """ "A: They gave me 5,000 meticais the first day", in the words of a former fighter of ASWJ:
    money paid to the speaker by "they" or "he" is their own side's pay (a recruitment bonus, a
    salary), so the claim is about the body the speaker speaks for, and about nobody when the
    text gives the speaker none (a pronoun there would be a guess). None when the rule does not
    apply: no payment, a payer named, a payee other than "me" or "us"."""
    if found.unit_class != "money" or verb.lemma_.lower() not in word_set("pay_verbs") or child.dep_ in SUBJECT_DEPS:
        return None
    payer = subject_token(verb)
    payee = _indirect_object(verb, found.anchor)
    if payer is None or payer.lower_ not in THIRD_PERSON or payee is None or payee.lower_ not in {"me", "us"}:
        return None
    speaker = resolver.voice(found.number.idx)
    if speaker is None or speaker.type != "person":
        return []
    body = resolver.affiliation(speaker)
    return [body] if body is not None else []
