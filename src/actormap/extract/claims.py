"""Claims: numbers asserted about an actor (fighters held, money paid, sites controlled), with
the unit, the hedge and who asserts them. This module is the spaCy component and the order of
the rules; the rules live in the claim_* modules.

Hand-written on spaCy's dependency parse because no offline model ties a number to the actor it
is about: NER finds "at least 54,000" but not that Makhlouf claims to control them. For each
amount that numbers.py reads, the rules find, in order:

- the unit (claim_units.py, claim_rates.py): the noun the number counts ("12,000 fighters",
  "thousands of former soldiers"), the currency, or the unit of the previous amount in the
  sentence ("..., while Makhlouf claims control of at least 54,000"), with any rate said with it
  ("USD a month per shop");
- the subject (claim_subjects.py, claim_payees.py): the possessor of that noun ("Hassan's
  fighters"), else the subject of the clause that has, pays or controls it (the agent of a
  passive, the accused of "accuses X of moving"), else whoever takes a payment nobody in
  particular makes ("every trader pays the group $6"), else an actor named on the noun ("300
  Hizballah fighters", "60,000 Tigrayans"), else whoever held or the place that saw the people
  counted ("57 detainees died in Fano custody");
- the claimant (claim_claimants.py): the subject itself when it "claims" the number, else the
  subject of a speech verb the clause hangs from ("X said", "X estimates that", "X accuses Y
  of"), else the owner of "by his count", else the object of "according to", else the speaker
  of the transcript turn the sentence is in ("MR. BRENNAN: …"); an unnamed source speaks for the
  organization on it ("the FAMa colonel"), a title is the person the document gives it
  (claim_epithets.py).

Three shapes are read whole before those rules: an estimate ("Turji's fighters, estimated at
1,500", "the Panel estimates the MRO at about 250 fighters"; "…; the KDP puts the figure at
5,000" is of the claim just made), a reward ("a reward of up to $5
million for information leading to the arrest of Viteri": about Viteri, claimed by the offerer)
and a sanctions list ("OFAC sanctioned four individuals": no claim).

Who a word stands for is claim_referents.py; the parse walks they share are claim_clauses.py.
A number with no unit, no actor it is about, or that is a date, age, duration, share or part of a
name gives no claim: a wrong claim costs as much as a missed one. docs/claims.md has examples.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actormap.extract.actors import Actor
from actormap.extract.claim_claimants import (
    Attribution,
    according_to_source,
    attribution,
    labelled_source,
    source_actor,
    voice_claimant,
)
from actormap.extract.claim_clauses import (
    count_subject,
    governing_clause,
    grammatical_subject,
    object_controller,
    subject_token,
)
from actormap.extract.claim_flows import money_party
from actormap.extract.claim_places import casualty_place, displaced_from
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claim_sides import other_side, state_soldiers
from actormap.extract.claim_subjects import (
    answered_about,
    body_named_on,
    clause_subjects,
    holdings_owner,
    named_on,
    possessor,
    reward_noun,
    reward_target,
    scene_of,
    served,
    whose,
)
from actormap.extract.claim_turns import chat_side, labelled_body, labelled_payer
from actormap.extract.claim_units import (
    CASUALTY_STATES,
    PlacedAmount,
    estimate_of,
    excluded,
    place_amount,
)
from actormap.extract.claim_words import (
    body_nouns,
    claim_verbs,
    speech_verbs,
    unit_class,
    word_set,
)
from actormap.extract.doc_text import text_of
from actormap.extract.facts import Claim
from actormap.extract.learned_owners import learned_owner, reporting_sources
from actormap.extract.numbers import Amount, scan_amounts
from actormap.extract.reference import official, watcher


def _subjects_and_claimant(found: PlacedAmount, resolver: ClaimResolver) -> tuple[list[Actor], Actor | None]:
    """Whose the amount is, and who asserts it."""
    estimate = estimate_of(found)
    if estimate is not None:
        return _estimated_claim(found, *estimate, resolver)
    placed = governing_clause(found.anchor)
    owner = possessor(found.anchor, found.unit_class, resolver) or holdings_owner(found, resolver)
    named_body = body_named_on(found.unit_token, found.unit_class, resolver) if owner is None else None
    if named_body is not None and named_body.type == "group" and placed is not None:
        place = displaced_from(found, placed[0], placed[1], resolver)
        if place is not None:  # "nearly 9,000 Sudanese refugees arrived in Tine": the place, not the people
            said = attribution(placed[0], resolver)
            return [place], said.claimant if said.said else said.claimant or voice_claimant(found, resolver)
    if named_body is not None and placed is not None and not found.share and _named_body_rules(found, placed, named_body, resolver):
        return [named_body], _named_body_claimant(placed[0], resolver)
    reward = reward_noun(found)
    if placed is None and reward is not None and reward.dep_ == "dobj":  # "raised the reward … from $100,000 to $300,000"
        return _reward_claim(reward, reward.head, reward, resolver, attribution(reward.head, resolver))
    if placed is None:
        counted = resolver.index.get(found.anchor.i)  # "Among the dead: 40 Tigrayans"
        owner = owner or (counted if counted is not None and counted.type == "group" else None)
        owner = owner or named_body  # "Estimate: between 600 and 800 armed ELN fighters in Catatumbo
        subjects = [owner] if owner is not None and not found.share else []
        if not subjects and not found.share:
            subjects = answered_about(found, resolver)  # "Q: How many men did he command? A: About 300."
        return subjects, voice_claimant(found, resolver) if subjects else None
    verb, child = placed
    lemma = verb.lemma_.lower()
    if found.share and lemma in word_set("belonging_verbs") and not _negated(verb):
        return _share_owner(found, verb, resolver)  # "the remaining 40 percent belong to X"
    if _ruled_out(found, verb):
        return [], None
    self_claim = lemma in claim_verbs()["self"] or _counts_its_own(found, verb, child)
    # "Rwanda maintains roughly 4,000 soldiers": a speech verb whose object is what was counted
    # is a verb of holding here, not of saying
    spoken = lemma in speech_verbs() and not (child.dep_ == "dobj" and child.i == found.anchor.i)
    if spoken and child.dep_ == "dobj" and child.lemma_.lower() in word_set("declared_holdings"):
        # "Al-Wadi declared imports of 1,340 kg": a customs declaration, the declarer's, who asserts it
        spoken, self_claim = False, True
    if reward is not None:  # "Togola announced a reward of 50 million CFA francs for …": offered, not reported
        return _reward_claim(reward, verb, child, resolver, attribution(verb, resolver))
    if not self_claim and (lemma in claim_verbs()["reporting"] or spoken):
        return _counted_by_reporter(found, verb, resolver)
    said = attribution(verb, resolver)
    subjects = whose(found, verb, child, owner, resolver, said.speaker)
    reporter = _reporting_head(verb)
    if reporter is not None and said.claimant is None:
        # "X reported seizing 47 firearms", "X claimed to lead 300 fighters": X says so
        claimant = source_actor(subject_token(reporter), resolver)
        if claimant is None and subjects and subjects[0].type in {"person", "organization"}:
            claimant = subjects[0]
        if claimant is not None:
            return subjects or [claimant], claimant
    if self_claim and not said.said:
        return subjects, subjects[0] if subjects else None  # "Hassan claims control of 12,000"
    if said.claimant is None and not said.said:
        return subjects, _acting_authority(verb, subjects, resolver) or voice_claimant(found, resolver)
    return subjects, said.claimant


# "counts 40 fighters killed": a tally of the dead, whoever counts it
CASUALTY_MODIFIERS = {"killed", "dead", "wounded", "injured", "missing", "captured", "arrested"}


def _counts_its_own(found: PlacedAmount, verb: Token, child: Token) -> bool:
    """ "The ADF today counts more than 4,000 trained fighters": "count" in the present with people
    as its object is a body giving its own strength, not a tally of others."""
    return verb.lemma_.lower() == "count" and verb.tag_ in {"VBZ", "VBP"} and child.dep_ == "dobj" \
        and child.i == found.anchor.i and found.unit_class == "people" \
        and not any(c.lower_ in CASUALTY_MODIFIERS for c in child.children)


def _acting_authority(verb: Token, subjects: list[Actor], resolver: ClaimResolver) -> Actor | None:
    """ "OFAC blocked $2.7 million held in accounts belonging to X", "The court ordered X to pay
    €6.8 million": whoever froze or seized a holder's money, or ordered it paid, asserts the sum."""
    if object_controller(verb) is not None:
        verb = verb.head  # "The court ordered X to pay €6.8 million": the court says X owes it
    elif verb.lemma_.lower() not in word_set("confiscation_verbs"):
        return None
    authority = source_actor(subject_token(verb), resolver)
    return authority if authority is not None and authority not in subjects else None


def _negated(verb: Token, found: PlacedAmount | None = None) -> bool:
    """Whether the verb is negated; the "not" of "not more than 500", which the parser may hang on
    the verb, is the amount's hedge."""
    hedge = range(found.amount.start, found.amount.end) if found is not None else range(0)
    return any(c.dep_ == "neg" and c.i not in hedge for c in verb.children)


def _ruled_out(found: PlacedAmount, verb: Token) -> bool:
    """The clause says the amount is no one's holding: no rule, and no model, gives it an owner."""
    lemma = verb.lemma_.lower()
    return (_negated(verb, found)
            # "Hamas won 60 percent of the vote": a share, not a levy or a holding
            or (found.share and lemma not in word_set("levy_verbs") | word_set("holding_verbs") | word_set("belonging_verbs"))
            # "destroying two armoured vehicles", "to buy two apartments": not held
            or _used_up(found, lemma)
            # "OFAC sanctioned four individuals and three entities": a list, not a holding
            or (lemma in word_set("designation_verbs") and found.unit_token is not None and _designated(found.unit_token)))


def _may_learn_owner(found: PlacedAmount) -> bool:
    """An amount the rules left unowned without ruling it out: a share is a claim only as a levy."""
    placed = governing_clause(found.anchor)
    return not found.share and (placed is None or not _ruled_out(found, placed[0]))


def _share_owner(found: PlacedAmount, verb: Token, resolver: ClaimResolver) -> tuple[list[Actor], Actor | None]:
    """ "The remaining 40 percent belong to Marco Villaseñor": a share is the claim of whom it
    belongs to, asserted by whoever the sentence says says so."""
    for obj in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"):
        owner = resolver.actor(obj)
        if owner is not None and owner.type in {"person", "organization"}:
            said = attribution(verb, resolver)
            return [owner], said.claimant if said.said else voice_claimant(found, resolver)
    return [], None


def _used_up(found: PlacedAmount, lemma: str) -> bool:
    """ "destroying two armoured vehicles" (anything but people, money or sites destroyed), "to buy
    two apartments" (things bought, not weapons, money or a measured quantity such as "2.5 metric
    tons of gold"): counts of what was used up or bought, no claim about the actor."""
    if lemma in word_set("destroy_verbs"):
        return found.unit_class not in {"people", "money", "sites"}
    if lemma in word_set("purchase_verbs") and found.unit_class == "count" and found.unit_token is not None:
        return found.unit_token.lemma_.lower() not in word_set("measure_nouns")
    return False


def _named_body_rules(found: PlacedAmount, placed: tuple[Token, Token], body: Actor, resolver: ClaimResolver) -> bool:
    """Whether "N <body> fighters" is the body's claim before the clause's own subject is asked.
    Not when the people counted are a source ("two former M23 officers told …"), those paid
    ("payments to 300 Hizballah fighters" is the payer's), or the dead of a named armed body that
    the clause says killed them ("3R elements ambushed …, killing four FACA soldiers": the
    fixtures give a kill to the killer when the text names it as a body)."""
    noun = found.unit_token
    if noun is None or any(c.lower_ in {"former", "ex", "retired"} for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and (head.lemma_.lower() in speech_verbs() or head.lemma_.lower() in claim_verbs()["reporting"]):
        return False
    if noun.dep_ == "pobj" and head.lower_ != "of":
        return False
    verb, child = placed
    if verb.lemma_.lower() in word_set("pay_verbs"):
        return False  # "the commander paid 200 Hezbollah fighters": the payer's claim
    if verb.lemma_.lower() in word_set("casualty_verbs") and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        speaker = attribution(verb, resolver).speaker
        subject = grammatical_subject(verb, child)
        if subject is not None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subject.children):
            return True  # "Hamas said its fighters … killed 12 Fatah fighters": the named body's dead
        killers = [a for a in clause_subjects(verb, child, resolver, speaker) if a.type in {"organization", "group"} and a.id != body.id]
        if killers:
            return False
    return True


def _reporting_head(verb: Token) -> Token | None:
    """The claiming or reporting verb an open complement hangs from: "reported seizing", "claimed
    to lead", "said to have"."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    lemma = verb.head.lemma_.lower()
    if lemma in claim_verbs()["self"] or lemma in claim_verbs()["reporting"] or lemma in speech_verbs():
        return verb.head
    return None


def _named_body_claimant(verb: Token, resolver: ClaimResolver) -> Actor | None:
    """Who asserts a count of a named body's people: the speaker of the clause ("Taliban say 23
    Islamic State fighters killed"), else the clause's own subject when it is a body or person
    ("ISKP said its fighters killed 17 Taliban fighters" is said by ISKP)."""
    said = attribution(verb, resolver)
    if said.claimant is not None or said.said:
        return said.claimant
    node = verb
    for _ in range(6):  # "the spokesman said … and killed 11 ARSA fighters": a misattached conjunct
        lemma = node.lemma_.lower()
        if lemma in claim_verbs()["reporting"] or lemma in speech_verbs() or lemma in claim_verbs()["self"]:
            return source_actor(subject_token(node), resolver)
        if node.dep_ not in {"conj", "xcomp", "ccomp"} or node.head.i == node.i:
            break
        node = node.head
    return labelled_source(verb, resolver)  # "Police: 5 AT members and 2 ZRA fighters killed."


def _reward_claim(
    reward: Token, verb: Token, child: Token, resolver: ClaimResolver, said: Attribution
) -> tuple[list[Actor], Actor | None]:
    """ "the Department of State is offering a reward of up to $5 million for information leading
    to the arrest of Viteri": a reward is a claim about the one it is offered for, else (no one
    named: "for information on the people financing this rebellion") about the offerer; the
    offerer asserts it unless someone else reports it."""
    offerers = clause_subjects(verb, child, resolver, said.speaker)
    offerer = offerers[0] if offerers else None
    target = reward_target(reward, resolver, offerer)
    subjects = [target] if target is not None else offerers[:1]
    if said.said:
        return subjects, said.claimant
    # "The United States has offered a reward …": a country that offers one is its state
    asserting = offerer if offerer is not None and offerer.type in {"person", "organization", "location"} else None
    return subjects, asserting or said.claimant


def _designated(noun: Token) -> bool:
    """Whether NOUN counts the people or bodies a sanctions list names ("individuals", "entities")."""
    return noun.lower_ in word_set("designated_nouns") or noun.lemma_.lower() in word_set("designated_nouns")


def _estimated_claim(found: PlacedAmount, noun: Token, verb: Token, resolver: ClaimResolver) -> tuple[list[Actor], Actor | None]:
    """An estimate is about the owner of the noun it is said of, else (for "an arsenal estimated
    at …" inside a clause) about that clause's subject; whoever it is "estimated by", or the one
    who says the sentence, claims it."""
    estimator = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "the Panel estimates X at …"
    if estimator is None and verb.dep_ == "conj":
        estimator = subject_token(verb)  # "The Panel notes that …, and estimates its revenue at …"
    owner = _gapped_estimate(found, verb, resolver)
    owner = owner or possessor(noun, found.unit_class, resolver) or named_on(noun, found.unit_class, resolver)
    if owner is None and noun.pos_ in {"PROPN", "PRON"}:
        owner = _estimated_actor(noun, resolver)  # "the MRO, which the Panel estimates at 250 fighters"
    if owner is None and noun.pos_ == "NOUN" and noun.lemma_.lower() in body_nouns() and found.unit_class == "people":
        owner = _estimated_actor(noun, resolver)  # "Rwandan commanders estimate the group at between 400 and 600 armed men"
    placed = governing_clause(noun) if verb.dep_ == "acl" else None
    subjects = [owner] if owner is not None else []
    if not subjects and placed is not None:
        subjects = clause_subjects(placed[0], placed[1], resolver, None)
    if not subjects:
        place = _participle_place(noun, resolver)
        subjects = [place] if place is not None else []
    by = [o for t in (verb, found.number) for c in t.children if c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
    by += [estimator] if estimator is not None else []
    claimant = source_actor(by[0], resolver) if by else None
    pronoun_owner = any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children)
    if pronoun_owner and claimant is not None and estimator is not None and any(c.lower_ == "own" for c in noun.children):
        return [claimant], claimant  # "The group put its own losses at seven dead": its own are its own
    estimating = {claimant.id} if claimant is not None else set()
    body = resolver.affiliation(claimant) if claimant is not None and claimant.type == "person" else None
    if body is not None and official(body):
        # "Dr. X of the Regional Finance Monitor puts the group's income at …" (but a brigade's
        # spokesman puts his brigade's own losses at three)
        estimating.add(body.id)
    if claimant is not None and estimator is not None and (pronoun_owner or any(s.id in estimating for s in subjects)):
        # "the Panel estimates the group's revenue at …", "SCM estimates its strength at …": the
        # group is another body than the Panel, "its" another than SCM
        other = _other_body(noun, claimant, resolver)
        subjects = [other] if other is not None else []
    if not subjects and claimant is not None and estimator is not None and _own_strength(noun, claimant):
        subjects = [(resolver.affiliation(claimant) or claimant) if claimant.type == "person" else claimant]
    if claimant is None and placed is not None:
        claimant = attribution(placed[0], resolver).claimant
    return subjects, claimant or (voice_claimant(found, resolver) if subjects else None)


OWN_STRENGTH_WORDS = frozenset({"current", "present", "total", "overall", "combined", "actual", "real", "own"})


def _own_strength(noun: Token, estimator: Actor) -> bool:
    """ "UNDF commanders put current strength at nearly 4,000 fighters": a strength said of no one
    is the estimating body's own; not an observer's or a state's ("the Panel puts strength at …"
    says whose elsewhere)."""
    if noun.lemma_.lower() not in word_set("strength_nouns") or official(estimator):
        return False
    return not any(c.dep_ in {"poss", "prep", "compound"} or c.dep_ == "amod" and c.lower_ not in OWN_STRENGTH_WORDS
                   for c in noun.children)


def _gapped_estimate(found: PlacedAmount, verb: Token, resolver: ClaimResolver) -> Actor | None:
    """ "puts Lakou Fò's strength at 1,200 and Fanmi Lwès at roughly 2,000": a second "at" on the
    estimating verb is about the one actor named between the first estimate and it."""
    at = found.number.head
    while at.dep_ != "prep" and at.head.i != at.i and at.i != verb.i:
        at = at.head
    if at.lower_ != "at" or at.head.i != verb.i:
        return None
    earlier = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" and p.i < at.i]
    if not earlier:
        return None
    # after the first estimate's count: the parser may hang the second name inside it
    counted = [t.i for t in earlier[-1].subtree if t.like_num or t.pos_ == "NOUN"]
    start = max(counted) + 1 if counted else earlier[-1].right_edge.i + 1
    named = {a.id: a for t in verb.doc[start : at.i] for a in [resolver.index.get(t.i)] if a is not None}
    actors = [a for a in named.values() if a.type in {"person", "organization", "group"}]
    return actors[0] if len(actors) == 1 else None


def _participle_place(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "puts the number of people displaced in Catatumbo at more than 52,000", "the toll of
    civilians killed in Goma": the one place where the counted people were displaced or killed."""
    places = {
        actor.id: actor
        for participle in noun.children if participle.dep_ == "acl"
        for prep in participle.children if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "around", "near", "across"}
        for pobj in prep.children if pobj.dep_ == "pobj"
        for obj in (pobj, *pobj.conjuncts)
        for actor in [resolver.actor(obj)] if actor is not None and actor.type == "location"
    }
    return next(iter(places.values())) if len(places) == 1 else None


def _other_body(noun: Token, estimator: Actor, resolver: ClaimResolver) -> Actor | None:
    """The body "the group's" or "its" means in "X estimates the group's revenue" or "SCM estimates
    its strength at about 2,500 fighters", X excluded: one does not estimate one's own."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    pronoun = owner is not None and owner.lower_ in {"its", "their"}
    if owner is None or not pronoun and (owner.pos_ != "NOUN" or owner.lemma_.lower() not in body_nouns()):
        return None
    return resolver.last_body(owner.sent.start_char, exclude=estimator)


def _estimated_actor(token: Token, resolver: ClaimResolver) -> Actor | None:
    """The organization, group or person an active estimate is said of by name or pronoun."""
    actor = resolver.actor(token)
    return actor if actor is not None and actor.type in {"organization", "group", "person"} else None


def _counted_by_reporter(found: PlacedAmount, verb: Token, resolver: ClaimResolver) -> tuple[list[Actor], Actor | None]:
    """ "Reuters interviewed 48 people", "the UN estimated 5,000": nobody owns a reporter's count;
    but "the group counted 2,300 people killed in the Ouest department" is about the place, and
    "the Panel documented 45 killings by the ADF" about the ADF, and the counter says so."""
    scene = scene_of(found, resolver) or _perpetrator(found, resolver) or served(found, verb, found.anchor, resolver)
    scene = scene or money_party(found, resolver)  # "the ledgers show $42 million passing through X"
    scene = scene or casualty_place(found, verb, resolver)  # "the office listed eight fatalities"
    if scene is None:
        return [], None
    return [scene], source_actor(subject_token(verb), resolver) or attribution(verb, resolver).claimant


def _perpetrator(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """ "45 killings by the ADF", "120 attacks by the RSF", "the detention of 1,300 people by
    Houthi security services": whose acts a reporter counted."""
    noun = found.unit_token
    if noun is None:
        return None
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "including"} and noun.head.head.pos_ == "NOUN":
        holders.append(noun.head.head)  # "the detention of more than 1,300 people by Houthi security services"
    # "96 civilians killed and 241 injured by artillery fire attributed to Houthi forces", "11 mine
    # sites guarded by Wagner fighters": a participle of harm or holding on what was counted (not
    # "two administrators interviewed by SCM")
    counted = [noun, *noun.conjuncts, found.number, *found.number.conjuncts]
    harm = word_set("casualty_verbs") | word_set("scene_verbs") | word_set("holding_verbs") | {"guard", "seize", "capture"}
    holders += [c for t in counted for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in harm]
    for holder in holders:
        preps = [p for p in holder.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"]
        if holder.dep_ == "dobj":  # "documented 214 airstrikes by the military": "by" hung on the verb
            preps += [p for p in holder.head.children if p.dep_ == "agent" and p.i == holder.i + 1]
        for obj in (o for p in preps for o in p.children if o.dep_ == "pobj"):
            actor = _acting_body(obj, resolver)
            if actor is not None:
                return actor
    # "63 attacks attributed to Islamic State Mozambique Province": whom the acts are laid on
    blamed = [c for t in counted for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in {"attribute", "blame"}]
    for obj in (o for v in blamed for p in v.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"):
        actor = _acting_body(obj, resolver)
        if actor is not None:
            return actor
    return None


def _acting_body(obj: Token, resolver: ClaimResolver) -> Actor | None:
    """Who "by X" names: X, the body named on it ("by Houthi security services"), or whom it is
    attributed to ("by artillery fire attributed to Houthi forces")."""
    named = [resolver.index[c.i] for c in obj.children if c.dep_ == "compound" and c.i in resolver.index]
    actor = resolver.actor(obj) or (named[0] if named else None)
    if actor is None:
        for verb in (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in {"attribute", "blame"}):
            for target in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"):
                return _acting_body(target, resolver)
    return actor if actor is not None and actor.type in {"organization", "person", "group"} else None


def find_claims(doc: Doc, unowned: list[tuple[PlacedAmount, Actor | None]] | None = None) -> list[Claim]:
    """Every number the document asserts about one of its actors, once per subject, value and unit.
    The amounts no rule owns are added to `unowned` when given (what the owner model learns from)."""
    index: dict[int, Actor] = doc._.actor_index or {}
    resolver = ClaimResolver(doc)
    claims: list[Claim] = []
    seen: set[tuple[str, float, str]] = set()  # a number repeated (headline, then body) is one claim
    previous: PlacedAmount | None = None
    last: tuple[PlacedAmount, list[Actor], Actor | None] | None = None  # the latest claim, for "puts the figure at"
    for amount in scan_amounts([t.text for t in doc], text_of(doc)):
        if previous is not None and doc[amount.start].sent.start != previous.number.sent.start:
            previous = None
        if excluded(doc, amount, index):
            continue
        found = place_amount(doc, amount, previous, index) or _losses_put_at(doc, amount)
        if found is None and last is not None:
            found = _claimed_without_unit(doc, amount, last[0])
        fragment = False  # a figure for the count just made, about the same actor
        if found is None and last is not None:
            found = (_figure_put_at(doc, amount, last[0]) or _figure_is(doc, amount, last[0])
                     or _fragment_count(doc, amount, last[0]) or _share_of_them(doc, amount, last[0]))
            fragment = found is not None
        rival_figure = None  # "The Panel considers a figure of between 70,000 and 80,000 more credible"
        if found is None and last is not None:
            found = rival_figure = _figure_of(doc, amount, last[0])
        if found is None and last is not None:
            found = _figure_for(doc, amount, last[0])
        if found is None:
            continue
        before, previous = previous, found
        subjects, claimant = _subjects_and_claimant(found, resolver)
        named_for = _body_for(doc, amount, found, resolver) if not subjects and last is not None else None
        if named_for is not None:  # "put the real numbers far lower: between 1,200 and 1,500 for Saraya al-Fajr"
            subjects = [named_for]
            claimant = claimant or _unowned_claimant(found, resolver)
        if rival_figure is not None and last is not None:
            # whoever holds the figure credible is its claimant, never whose fighters they are
            claimant = claimant or next((s for s in subjects if s.id not in {a.id for a in last[1]}), None)
            subjects = last[1]
        if fragment and last is not None:
            # "A: On paper, 4,200 men. In reality maybe 2,500."; but "The observatory puts the
            # group's strength closer to 6,000" is the observatory's figure, whoever gave the first,
            # and about the group counted before (no body estimates its own as "the group's")
            estimator = _estimator(found)
            estimating = source_actor(estimator, resolver) if estimator is not None else None
            if estimating is not None and any(s.id == estimating.id for s in subjects):
                subjects = []
            if not subjects:
                claimant = claimant or estimating
                subjects, claimant = last[1], claimant if claimant is not None or estimator is not None else last[2]
        if last is not None and _estimated_it(found, last[0]):
            subjects = last[1]  # "the ministry put the number at 1,200, while X estimated it at 2,000"
        if not subjects and last is not None and _refers_back(found, last[0]):
            found = replace(found, unit=last[0].unit, unit_class=last[0].unit_class, rate=last[0].rate)
            subjects = last[1]
        elif not subjects and last is not None and _part_of(found, last[0]):
            subjects, claimant = last[1], claimant or last[2]  # "143 people killed in X, including 38 civilians"
        elif not subjects and last is not None and _earlier_level(found, last[0]):
            subjects, claimant = last[1], last[2]  # "nearly 80,000 people are sheltering in X, up from 52,000"
        elif not subjects and last is not None and _rival_estimate(found, claimant, last):
            subjects = last[1]  # "The ministry said the group had fewer than 300 fighters. The institute's estimate is 800 to 1,200 fighters."
        if not subjects and found.unit_class in {"money", "people"} and found.unit not in CASUALTY_STATES:
            side = chat_side(found.number, resolver)  # (a chat's "19 dead, 40 wounded" are no one's side)
            if side is not None:
                subjects, claimant = [side[0]], side[1]  # "Marleny Quintero: 62 million pesos …"
        if not subjects and found.unit_class in {"money", "people", "sites"} and found.unit not in CASUALTY_STATES:
            body = labelled_body(found.number, resolver)
            if body is not None:  # "- HAM: about 180 armed men"
                subjects, claimant = [body], claimant or voice_claimant(found, resolver)
        payer = labelled_payer(found.number, resolver) if found.unit_class == "money" else None
        if payer is not None:  # "Payer: Jinhai Holdings → Payee: DBDF. USD 250,000": the ledger says whose
            subjects = [payer]
        if found.unit in CASUALTY_STATES:  # "19 wounded" are a place's or a side's, never one person's
            subjects = [s for s in subjects if s.type != "person"]
        if all(s.type == "location" for s in subjects):
            force = state_soldiers(found, resolver)  # "28 soldiers had been killed": the army's, not the post's
            subjects = [force] if force is not None else subjects
        if subjects:
            last = (found, subjects, claimant)
            side = other_side(found, subjects, resolver, before)
            if side is not None:  # "the army said it killed 87 Ansar fighters": the army's and Ansar's
                subjects = [*subjects, side]
        elif _may_learn_owner(found):  # the model's owner is not `last`: a figure after it may not borrow a guess
            if unowned is not None:
                unowned.append((found, claimant))
            owner = learned_owner(found, claimant, resolver)
            if owner is not None:
                subjects, claimant = [owner], claimant or _unowned_claimant(found, resolver)
        for subject in subjects:
            if watcher(subject):
                continue  # "the Panel estimates …", a model's guess on "Sahel Rights Observatory": a watcher holds nothing
            key = (subject.id, amount.value, found.unit_class)
            if key not in seen:
                seen.add(key)
                claims.append(_claim(found, subject, claimant))
    return claims


def _unowned_claimant(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """Who asserts an amount the rules found no owner for (the owner is the model's): the source of
    the nearest reporting verb above it ("OCK recorded 19 incidents in North Kivu", "IOM counted
    21,400 …; Chiúre, with nearly 17,000"), else "according to X", else the voice of the passage."""
    placed = governing_clause(found.anchor)
    if placed is not None:
        said = attribution(placed[0], resolver)
        if said.claimant is not None or said.said:
            return said.claimant
    reporter = next((source for verb, source in reporting_sources(found, resolver) if verb.pos_ in {"VERB", "AUX"}), None)
    if reporter is not None:
        return reporter
    according = according_to_source(found.number.sent)
    source = source_actor(according, resolver) if according is not None else None
    return source or voice_claimant(found, resolver)


def _right_after(sentence: Span, before: PlacedAmount) -> bool:
    """Whether SENTENCE is the one right after the sentence of the amount BEFORE."""
    return sentence.start > 0 and before.number.sent.start == sentence.doc[sentence.start - 1].sent.start


def _claimed_without_unit(doc: Doc, amount: Amount, before: PlacedAmount) -> PlacedAmount | None:
    """ "Bukhatwa told this newspaper he commands 9,000 men. Shtewi claims more than 15,000.": a
    bare number claimed in the sentence after a count of people counts what that count did."""
    number = doc[amount.number_start : amount.end].root
    if number.dep_ != "dobj" or number.head.lemma_.lower() not in claim_verbs()["self"] or before.unit_class != "people":
        return None
    if amount.end < len(doc) and doc[amount.end].pos_ in {"NOUN", "PROPN"}:
        return None
    sentence = number.sent
    if not _right_after(sentence, before):
        return None  # only right after the count: "… more than 15,000" two paragraphs on is anything
    return PlacedAmount(amount, number, None, before.unit, before.unit_class)


def _fragment_count(doc: Doc, amount: Amount, before: PlacedAmount) -> PlacedAmount | None:
    """ "A: On paper, 4,200 men. In reality maybe 2,500, at most 3,000.": a bare number in a
    verbless fragment right after a count of people is another figure for that count."""
    if before.unit_class != "people":
        return None
    number = doc[amount.number_start : amount.end].root
    if amount.end < len(doc) and doc[amount.end].pos_ in {"NOUN", "PROPN", "ADJ"}:
        return None
    sentence = number.sent
    if any(t.pos_ in {"VERB", "AUX"} for t in sentence) or number.i <= before.number.i:
        return None
    line_start = text_of(doc).rfind("\n", 0, doc[amount.start].idx) + 1
    if not text_of(doc)[line_start : doc[amount.start].idx].strip() or not any(t.is_alpha for t in sentence):
        return None  # "4. On 19 August …", "2.2": a paragraph number, not a figure
    if sentence.start != before.number.sent.start and not _right_after(sentence, before):
        return None  # only in the count's sentence or the one right after it
    return PlacedAmount(amount, number, None, before.unit, before.unit_class)


def _figure_put_at(doc: Doc, amount: Amount, before: PlacedAmount) -> PlacedAmount | None:
    """ "… recovered 19 bodies. Residents put the number at close to 40.": a bare number an estimate
    of "the number" or "the figure" is put at, in the sentence after a count, counts what it did."""
    number = doc[amount.number_start : amount.end].root
    verb = _put_at(doc, amount)
    if verb is None:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in word_set("anaphoric_count_nouns") for c in verb.children):
        return None
    sentence = number.sent
    if sentence.start != before.number.sent.start and not _right_after(sentence, before):
        return None
    return PlacedAmount(amount, number, None, before.unit, before.unit_class)


def _estimator(found: PlacedAmount) -> Token | None:
    """The subject of the estimating verb a bare figure is put at ("The observatory puts …")."""
    verb = _put_at(found.number.doc, found.amount)
    return subject_token(verb) if verb is not None else None


def _put_at(doc: Doc, amount: Amount) -> Token | None:
    """The verb of estimating a bare number is put "at" by ("put the number at close to 40": the
    hedge between), else None."""
    at = doc[amount.start - 1] if amount.start > 0 else None
    if at is not None and at.lower_ == "to" and amount.start > 1 and doc[amount.start - 2].lower_ in {"closer", "close", "nearer"}:
        at = doc[amount.start - 2]  # "puts the group's total strength closer to 6,000"
    elif at is None or at.lower_ != "at":
        return None
    if amount.end < len(doc) and doc[amount.end].pos_ in {"NOUN", "PROPN"}:
        return None
    head = at.head
    if head.dep_ == "dobj" and head.lemma_.lower() in word_set("anaphoric_count_nouns"):
        head = head.head  # "estimate its strength at 3,000", the parser hanging "at" on the noun
    return head if head.lemma_.lower() in word_set("estimate_verbs") else None


def _losses_put_at(doc: Doc, amount: Amount) -> PlacedAmount | None:
    """ "A brigade spokesman put the brigade's losses at three": a bare number someone's losses
    are put at counts the people that body lost (whose they are is the possessor's)."""
    verb = _put_at(doc, amount)
    if verb is None:
        return None
    losses = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"loss", "casualty"}), None)
    if losses is None or not any(c.dep_ == "poss" for c in losses.children):
        return None
    number = doc[amount.number_start : amount.end].root
    return PlacedAmount(amount, number, losses, losses.text, "people")


def _figure_is(doc: Doc, amount: Amount, before: PlacedAmount) -> PlacedAmount | None:
    """ "Twalibo claimed to command 2,500 fighters. The minister says the real figure is fewer
    than 300.": a bare number that "the figure" or "the true number" is, in the sentence of a
    count or the one after, is a rival figure for that count, about the same actor."""
    number = doc[amount.number_start : amount.end].root
    if amount.end < len(doc) and doc[amount.end].pos_ in {"NOUN", "PROPN"}:
        return None
    verb = number.head
    for _ in range(3):  # "is fewer than 300", "was closer to 12,000"
        if verb.lemma_ == "be" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_ != "be":
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.lemma_.lower() not in word_set("anaphoric_count_nouns"):
        return None
    children = list(noun.children)
    if not any(c.lower_ == "the" for c in children) or any(c.dep_ in {"poss", "prep"} for c in children):
        return None  # "the number of schools is 40" counts something else
    sentence = number.sent
    if sentence.start != before.number.sent.start and not _right_after(sentence, before):
        return None
    return PlacedAmount(amount, number, None, before.unit, before.unit_class)


def _figure_of(doc: Doc, amount: Amount, before: PlacedAmount) -> PlacedAmount | None:
    """ "The RSF claims 40,000 fighters. The Panel considers a figure of between 70,000 and 80,000
    more credible.": a bare number that is "a figure" or "an estimate" "of", in the sentence of a
    count or the one after, is a rival figure for that count, about the same actor."""
    number = doc[amount.number_start : amount.end].root
    if amount.end < len(doc) and doc[amount.end].pos_ in {"NOUN", "PROPN"}:
        return None
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in word_set("anaphoric_count_nouns"):
        return None
    if any(c.dep_ == "poss" for c in prep.head.children):
        return None  # "the army's figure of 230": whose figure is said, not a count of the same
    sentence = number.sent
    if sentence.start != before.number.sent.start and not _right_after(sentence, before):
        return None
    return PlacedAmount(amount, number, None, before.unit, before.unit_class)


def _figure_for(doc: Doc, amount: Amount, before: PlacedAmount) -> PlacedAmount | None:
    """ "Both claim 5,000 fighters. An officer put the real numbers far lower: between 1,200 and
    1,500 for Saraya al-Fajr": a bare number "for" a name, in the sentence of a count of people or
    the one after, counts what that count did (whose it is: `_body_for`)."""
    number = doc[amount.number_start : amount.end].root
    if before.unit_class != "people" or _named_after_for(doc, amount) is None or doc[amount.end + 1].pos_ == "NOUN":
        return None
    if amount.number_start > 0 and doc[amount.number_start - 1].text in {"$", "€", "£"}:
        return None
    sentence = number.sent
    if sentence.start != before.number.sent.start and not _right_after(sentence, before):
        return None
    return PlacedAmount(amount, number, None, before.unit, before.unit_class)


def _body_for(doc: Doc, amount: Amount, found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """The body a count of people with no owner is given "for": "1,500 for Saraya al-Fajr and
    nearly 2,000 for Liwa al-Rafidain"; not money ("$2,000 for X's trucks")."""
    named = _named_after_for(doc, amount)
    if found.unit_class != "people" or found.unit_token is not None or named is None:
        return None
    body = resolver.index.get(named)
    return body if body is not None and body.type == "organization" else None


def _named_after_for(doc: Doc, amount: Amount) -> int | None:
    """Where the name starts in "N for (the) NAME", or None when no "for" and name follow the amount."""
    if amount.end + 1 >= len(doc) or doc[amount.end].lower_ != "for":
        return None
    named = amount.end + 2 if doc[amount.end + 1].lower_ == "the" else amount.end + 1
    return named if named < len(doc) else None


def _share_of_them(doc: Doc, amount: Amount, before: PlacedAmount) -> PlacedAmount | None:
    """ "27 people, 11 of them children, were killed": a part of the people just counted in the
    sentence, the kind of people the noun after "of them" says."""
    number = doc[amount.number_start : amount.end].root
    end = amount.end
    if before.unit_class != "people" or number.sent.start != before.number.sent.start or number.i <= before.number.i:
        return None
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ not in {"them", "whom"}:
        return None
    noun = doc[end + 2] if end + 2 < len(doc) and doc[end + 2].pos_ == "NOUN" else None
    if noun is None or unit_class(noun.text) != "people":
        return None  # "around 15,000 of them under his own orders": his, not a kind of the people
    return PlacedAmount(amount, number, noun, noun.text, "people")


def _part_of(found: PlacedAmount, before: PlacedAmount) -> bool:
    """ "at least 143 people had been killed in the Manbij countryside, including 38 civilians": a
    count introduced by "including" or "among them" later in the sentence of the claim before,
    counting people as it did, is a part of that claim's count and about the same actor."""
    doc = found.number.doc
    start = found.amount.start
    if found.number.sent.start != before.number.sent.start or start < 1:
        return False
    if found.unit_class != "people" or before.unit_class != "people":
        return False
    return doc[start - 1].lower_ == "including" or doc[max(0, start - 2) : start].text.lower() in {"among them", "of whom"}


def _earlier_level(found: PlacedAmount, before: PlacedAmount) -> bool:
    """ "nearly 80,000 people are sheltering in the state, up from 52,000 in January", "down from a
    peak of more than one million": the same count at another time, in the claim's own sentence
    and unit, about the same actor."""
    doc = found.number.doc
    start = found.amount.start
    if found.number.sent.start != before.number.sent.start or start < 2 or found.unit != before.unit:
        return False
    words = [t.lower_ for t in doc[max(0, start - 4) : start]]
    text = " ".join(words)
    return text.endswith(("up from", "down from", "compared with", "compared to")) or "from a peak of" in text


def _rival_estimate(found: PlacedAmount, claimant: Actor | None, last: tuple[PlacedAmount, list[Actor], Actor | None]) -> bool:
    """ "The ministry said the group had fewer than 300 fighters. The institute's own estimate is
    between 800 and 1,200 fighters.": another source's count of the same thing (the same unit
    noun), in the claim's sentence or the next, with no owner of its own, is about the same actor.
    Places are left out: a count "estimated" for one place after another is each place's own."""
    before, subjects, before_claimant = last
    if any(s.type == "location" for s in subjects):
        return False  # "IOM counted 58,000 displaced in Cabo Delgado … 21,400 in Macomia": each place its own
    if found.unit_token is None or before.unit_token is None:
        return False
    sent, earlier = found.number.sent, before.number.sent
    if found.unit_token.lemma_.lower() != before.unit_token.lemma_.lower():
        # "… has around 7,000 members. … My own estimate is between 3,000 and 4,500 people on a salary"
        return _estimate_is(found) and found.unit_class == before.unit_class == "people" and _sentences_apart(earlier, sent) <= 2
    estimated = any(t.lemma_.lower() in ESTIMATE_WORDS for t in sent)
    if not (earlier.start == sent.start or earlier.end == sent.start):
        return False
    if claimant is not None and (before_claimant is None or claimant.id != before_claimant.id):
        return True
    return estimated


def _estimate_is(found: PlacedAmount) -> bool:
    """ "My own estimate … is between 3,000 and 4,500 people": the amount is what an estimate is."""
    unit = found.unit_token
    return unit is not None and unit.dep_ == "attr" and count_subject(unit.head) is not None


def _sentences_apart(earlier: Span, later: Span) -> int:
    sentences = [s.start for s in later.doc.sents]
    return sentences.index(later.start) - sentences.index(earlier.start)


ESTIMATE_WORDS = {"estimate", "estimation", "assessment", "tally", "count", "figure", "put"}


def _estimated_it(found: PlacedAmount, before: PlacedAmount) -> bool:
    """ "Chad's defence ministry put the number at no more than 1,200, while Hoekstra estimated it
    at between 2,000 and 3,000": "it", estimated in the sentence of the claim before, is that
    figure, so the amount is about the same actor (never a body "it" might otherwise mean)."""
    estimate = estimate_of(found)
    return (estimate is not None and estimate[0].lower_ == "it" and estimate[0].dep_ == "dobj"
            and before.number.sent.start == found.number.sent.start and before.number.i < found.number.i)


def _refers_back(found: PlacedAmount, before: PlacedAmount) -> bool:
    """ "SCM estimates its strength at about 2,500 fighters; the KDP puts the figure at more than
    5,000": an estimate of "the figure" (no "of" phrase, no owner) in the sentence of the claim
    before or the next one is of the same number, about the same actor."""
    estimate = estimate_of(found)
    if estimate is None:
        return False
    noun = estimate[0]
    if noun.lemma_.lower() not in word_set("anaphoric_count_nouns") or noun.i in found.number.doc._.actor_index:
        return False
    children = list(noun.children)
    if not any(c.lower_ == "the" for c in children) or any(c.dep_ in {"poss", "compound", "prep"} for c in children):
        return False
    sent, earlier = found.number.sent, before.number.sent
    return earlier.start == sent.start or earlier.end == sent.start


def _claim(found: PlacedAmount, subject: Actor, claimant: Actor | None) -> Claim:
    amount = found.amount
    sent = found.number.sent
    return Claim(
        subject=subject,
        value=amount.value,
        unit=found.full_unit,
        unit_class=found.unit_class,
        qualifier=amount.qualifier,
        evidence=(sent.start_char, sent.start_char + len(sent.text.rstrip())),
        claimant=claimant,
        value_max=amount.value_max,
    )


@Language.component("actormap_claims", requires=["doc._.actors"], assigns=["doc._.claims"])
def claims_component(doc: Doc) -> Doc:
    """Fill doc._.claims with the numbers asserted about the document's actors."""
    doc._.claims = find_claims(doc)
    return doc
