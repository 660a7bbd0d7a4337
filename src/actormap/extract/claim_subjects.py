"""Whom a claim is about: the possessor of the counted noun ("Hassan's 12,000 fighters"), the
subject of the clause that has, pays or controls it, the body the counted people belong to
("300 Hizballah fighters"), or who held them or where ("57 detainees died in Fano custody").

Hand-written on the dependency parse because no offline model links a number to the actor it is
about; the order of the rules is in docs/claims.md.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Token

from actormap.extract.doc_text import text_of
from actormap.extract.actors import Actor
from actormap.extract.claim_claimants import appositive_person, leading_source_end
from actormap.extract.claim_clauses import (
    count_subject,
    governing_clause,
    governs,
    grammatical_subject,
)
from actormap.extract.claim_places import casualty_place, definite_place, displaced_from
from actormap.extract.claim_epithets import epithet_person
from actormap.extract.claim_flows import money_party
from actormap.extract.claim_payees import (
    paid_to_speaker,
    payee_subjects,
    previous_payee,
    salaried_recipients,
)
from actormap.extract.claim_referents import SPEAKING_ROLES, ClaimResolver
from actormap.extract.claim_turns import question_before
from actormap.extract.claim_units import PlacedAmount
from actormap.extract.claim_words import (
    RELATIVE,
    SCENE_PREPS,
    SUBJECT_DEPS,
    body_nouns,
    claim_verbs,
    speech_verbs,
    word_set,
)


def possessor(node: Token, unit_class: str, resolver: ClaimResolver) -> Actor | None:
    """Whose the counted NODE is: "Hassan's 12,000 fighters", "its 400 gunmen", "Hassan's network of
    14 command rooms", "Hezbollah, with 5,000 fighters", "the 300 rifles Hamas bought"; a body
    counted by name ("Hezbollah's 2,000-strong Radwan unit"); a commander's men are his unit's
    ("37 of his men")."""
    named = resolver.index.get(node.i)
    if named is not None and named.type == "organization":
        return named  # a people counted by name ("killed 84 Russians") is left to named_on
    if node.lower_ in {"them", "us"} and node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.like_num:
        return _members_of(node, resolver)
    owner = _relative_owner(node, resolver) or _holder_named_after(node, unit_class, resolver)
    if owner is not None:
        return owner
    counted = node
    while True:
        if node is not counted and node.dep_ == "appos" and unit_class == "people" and counted.lemma_.lower() in word_set("population_nouns"):
            place = resolver.index.get(node.head.i)
            if place is not None and place.type == "location":
                return place  # "Lweje, a trading post of roughly 15,000 people": the place's population
        for child in node.children:
            if child.dep_ == "poss":
                owner = resolver.actor(child)
                if owner is not None and owner.type == "person" and unit_class == "people":
                    return resolver.led_by(owner) or owner
                return owner
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return None
        prep = node.head
        if prep.lower_ == "with":
            return _with_owner(prep.head, resolver)
        if prep.lower_ != "of" or governs(prep.head):
            return None
        node = prep.head


def holdings_owner(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """Whose assets a sum is: "froze 300 million pesos of CJNG-linked assets", "$5 million in
    Hezbollah funds" (the body named on the holdings, not whoever froze or seized them)."""
    if found.unit_class != "money":
        return None
    heads = [t for t in (found.anchor, found.unit_token) if t is not None]
    # "froze $5 million in Hezbollah funds": "in" hangs on the verb (not "invested $5 million in …")
    heads += [t.head for t in heads if t.dep_ == "dobj" and t.head.lemma_.lower() in word_set("confiscation_verbs")]
    for head in heads:
        for holdings in (o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                         for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in word_set("holding_nouns")):
            for child in holdings.children:
                named = child if child.dep_ in {"compound", "poss", "npadvmod", "nmod"} else None
                if child.dep_ == "amod" and child.i > 1 and child.doc[child.i - 1].text == "-":
                    named = child.doc[child.i - 2]  # "CJNG-linked assets"
                actor = resolver.actor(named) if named is not None else None
                if actor is not None and actor.type in {"organization", "person", "group"}:
                    return actor
    return None


def _members_of(pronoun: Token, resolver: ClaimResolver) -> Actor | None:
    """Whose "2,400 of them" or "150 of us" are: for "them", the actor named last before it in its
    sentence ("the Guards, about 2,400 of them", "Maikatako's boys, up to 150 of them"), else the
    body the pronoun stands for; for "us", the speaker's body."""
    if pronoun.lower_ == "them":
        named = [resolver.index[t.i] for t in pronoun.sent if t.i < pronoun.i and t.i in resolver.index]
        named = [a for a in named if a.type in {"person", "organization", "group"}]
        if named:
            return named[-1]
    members = resolver.actor(pronoun)
    return members if members is not None and members.type in {"organization", "group"} else None


def _holder_named_after(node: Token, unit_class: str, resolver: ClaimResolver) -> Actor | None:
    """ "14 properties owned by X", "three companies registered to X": things counted with who
    owns them are the owner's, not the counter's. Things only "linked to" someone stay the
    counter's ("UAFE has frozen 37 bank accounts linked to the network", "filed 486 reports linked
    to the group"), as the gold sets read them. (Money has its own rules in claim_flows.py, people
    theirs in named_on.)"""
    if unit_class in {"people", "money"}:
        return None
    return owned_by(node, resolver)


def owned_by(node: Token, resolver: ClaimResolver) -> Actor | None:
    """The person or organization a participle on a noun says owns it: "properties owned by X",
    "boats belonging to X"."""
    for participle in (c for c in node.children if c.dep_ == "acl" and c.lemma_.lower() in word_set("owning_participles")):
        for prep in (p for p in participle.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in {"to", "by"}):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                actor = resolver.actor(obj)
                if actor is not None and actor.type in {"person", "organization"}:
                    return actor
    return None


def _with_owner(head: Token, resolver: ClaimResolver) -> Actor | None:
    """Who has what "with" adds: "Hezbollah, with 5,000 fighters"; the body an appositive or
    predicate noun names ("the Fursan Brigade, a militia with some 3,000 fighters", "Los Lobos
    is Ecuador's largest group, with an estimated 8,000 members")."""
    if head.dep_ == "acl" and head.tag_ == "VBN":
        head = head.head  # "a company registered in Agadez in 2020 with a declared capital of …"
    if head.i in resolver.index:
        return resolver.index[head.i]
    if head.lemma_.lower() != "be" and (head.pos_ != "NOUN" or head.lemma_.lower() not in body_nouns()):
        return None
    if head.dep_ == "appos":
        named = resolver.index.get(head.head.i)
        return named if named is not None and named.type in {"organization", "group"} else None
    verb = head if head.lemma_.lower() == "be" else head.head if head.dep_ == "attr" else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    named = resolver.actor(subject) if subject is not None else None
    return named if named is not None and named.type in {"organization", "group"} else None


def _relative_owner(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "the 9,400 firearms it submitted", "the 300 rifles Hamas bought": the subject of a relative
    clause on the counted noun, when that clause has its own subject (not "which", "that")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() in claim_verbs()["reporting"] or clause.lemma_.lower() in speech_verbs():
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ not in RELATIVE:
            return resolver.actor(subject)
    return None


def named_on(noun: Token | None, unit_class: str, resolver: ClaimResolver) -> Actor | None:
    """ "300 Hizballah fighters", "fighters of the ELN", "fighters loyal to X", "60,000 Tigrayans":
    the body the counted people belong to, or the people themselves."""
    if noun is None or unit_class != "people":
        return None
    if noun.i in resolver.index:
        return resolver.index[noun.i]
    for child in noun.children:
        actor = resolver.index.get(child.i)
        if child.dep_ in {"compound", "amod", "nmod"} and actor is not None and actor.type in {"organization", "group"}:
            return actor
        if child.dep_ == "prep" and child.lower_ in {"of", "under", "from"}:
            actor = _object_actor(child, resolver)
        elif child.lemma_.lower() in word_set("allegiance_words"):  # "fighters loyal to X", "linked to X"
            actor = next((a for p in child.children if p.dep_ == "prep" for a in [_object_actor(p, resolver)] if a), None)
        elif child.dep_ == "acl" and child.lemma_.lower() in word_set("leadership_verbs"):  # "fighters led by X"
            actor = next((a for p in child.children if p.dep_ == "agent" for a in [_object_actor(p, resolver)] if a), None)
        else:
            continue
        if actor is not None:
            return actor
    return None


def body_named_on(noun: Token | None, unit_class: str, resolver: ClaimResolver) -> Actor | None:
    """ "killing 17 Taliban fighters", "23 Islamic State fighters killed", "11 ARSA fighters",
    "14 members of a Tren de Aragua cell", "300 PDF battalions": an organization or group named as
    a modifier of the counted people or units, or after "of" where the people are its members,
    owns the count, whoever says it and whoever did it (docs/claims.md, "A body named on the
    noun")."""
    if noun is None or noun.i in resolver.index:
        return None
    if unit_class != "people" and noun.lemma_.lower() not in word_set("body_nouns"):  # "more than 300 PDF battalions"
        return None
    for child in (c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i):
        actor = resolver.index.get(child.i)
        if actor is not None and actor.type in {"organization", "group"}:
            return actor
    if unit_class != "people":
        return None
    if noun.lower_ in word_set("member_nouns"):
        for body in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            # "of a Tren de Aragua cell": the body named on the unit
            for token in (body, *(c for c in body.children if c.dep_ == "compound" and body.pos_ == "NOUN")):
                actor = resolver.index.get(token.i)
                if actor is not None and actor.type in {"organization", "group"}:
                    return actor
    return None


def _object_actor(prep: Token, resolver: ClaimResolver) -> Actor | None:
    """The actor a preposition's object stands for, other than a place."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        actor = resolver.actor(obj)
        if actor is not None and actor.type != "location":
            return actor
    return None


def scene_of(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """People counted where something happened to them, when they are the subject of the clause
    or carry the participle: "57 detainees died in Fano custody" (who held them), "15,000 miners
    work at Rubaya", "2,300 people killed in the Ouest department" (the place)."""
    noun = found.unit_token
    if noun is None or found.unit_class != "people":
        return None
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_set("scene_verbs")]
    # "1,214 of the victims were killed in the municipality of Culiacán": the number is the subject
    subject = noun if noun.dep_ in SUBJECT_DEPS else found.number if found.number.dep_ in SUBJECT_DEPS else None
    if subject is not None and subject.head.lemma_.lower() in word_set("scene_verbs"):
        verbs.append(subject.head)
    place: Actor | None = None
    for verb in verbs:
        if any(c.dep_ == "agent" for c in verb.children):
            continue  # "killed by X" is X's claim, found by the clause rules
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in SCENE_PREPS):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                holder = _holder(obj, resolver)
                if holder is not None:
                    return holder
                actor = resolver.index.get(obj.i) or resolver.refs.actor_of(obj) or _place_named(obj, resolver)
                actor = actor or definite_place(obj, resolver)  # "remain in the town"
                if place is None and actor is not None and actor.type == "location":
                    place = actor
    return place


def _place_named(obj: Token, resolver: ClaimResolver) -> Actor | None:
    """ "in the village of Bourro": the place a settlement noun names."""
    if obj.lemma_.lower() not in word_set("place_nouns"):
        return None
    for name in (o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
        actor = resolver.index.get(name.i)
        if actor is not None and actor.type == "location":
            return actor
    return None


def _holder(obj: Token, resolver: ClaimResolver) -> Actor | None:
    """ "Fano custody", "the custody of the militia", "the hands of X": who holds them."""
    if obj.lemma_.lower() not in word_set("custody_nouns") and obj.lower_ not in word_set("custody_nouns"):
        return None
    for child in obj.children:
        actor = resolver.index.get(child.i)
        if child.dep_ == "poss":
            actor = resolver.actor(child)
        if child.dep_ in {"compound", "poss", "nmod", "amod"} and actor is not None and actor.type != "location":
            return actor
        if child.dep_ == "prep" and child.lower_ == "of":
            for o in (c for c in child.children if c.dep_ == "pobj"):
                actor = resolver.actor(o)
                if actor is not None and actor.type != "location":
                    return actor
    return None


def _partitive(found: PlacedAmount) -> bool:
    """ "two of Sablin's battalion commanders": the number picks some of someone's people."""
    return found.unit_token is not None and found.unit_token.head.lower_ == "of" and not found.amount.vague


def clause_subjects(verb: Token, child: Token, resolver: ClaimResolver, speaker: Token | None) -> list[Actor]:
    """The actors of the clause's subject: its name or pronoun, else the name the parser split off
    as a second subject ("the defendant NADIM SAMIR FAKHOURY shall forfeit …"), else the person
    an epithet stands for ("the warlord now commands …")."""
    acts = next((c for c in verb.children if c.dep_ == "csubj"), None)
    perpetrator = _perpetrator_of(acts, verb, resolver) if acts is not None and child.dep_ != "csubj" else None
    if perpetrator is not None:
        return [perpetrator]  # "shelling by the Sobat Defence Forces killed at least 27 civilians"
    subject = grammatical_subject(verb, child)
    if subject is None:
        listed = listed_subject(verb, child, resolver)
        return [listed] if listed is not None else []
    cut = leading_source_end(verb.sent, verb)
    if cut is not None and subject.i < cut:  # the parser took the source for the subject
        later = [t for t in verb.doc[cut + 1 : verb.i] if t.i in resolver.index]
        return resolver.actors(later[0]) if later else []
    if subject == count_subject(verb):
        return []  # "the institute's own estimate is 800 fighters": whose estimate, not whose fighters
    named_unit = _named_body_subject(verb, resolver)
    if named_unit is not None:
        return [named_unit]  # "al-Shabaab's Jaysh Ayman unit keeps 250 fighters": the unit
    found = resolver.actors(subject, speaker)
    if not found and subject.pos_ == "NOUN" and subject.lemma_.lower() in SPEAKING_ROLES:
        body = resolver.speaker_body(subject)  # "FLA leaders claim several thousand combatants": the FLA's
        found = [body] if body is not None and body.type == "organization" else []
    if not found and speaker is not None and subject.lower_ in word_set("own_force_nouns"):
        body = _speaker_force(subject, speaker, resolver)
        if body is not None:
            return [body]  # "The Defense Ministry said troops had seized 1,500 firearms": its troops
    if not found and speaker is not None and subject.lower_ in {"he", "she"}:
        person = appositive_person(speaker, resolver) if speaker.pos_ == "NOUN" else None
        return [person] if person is not None else []
    if found or subject.pos_ != "NOUN":
        return found
    perpetrator = _perpetrator_of(subject, verb, resolver)
    if perpetrator is not None:
        return [perpetrator]  # "Air strikes by the Saudi-led coalition killed 37 civilians"
    holder = _held_by(subject, resolver) or owned_by(subject, resolver) or _body_of_named(subject, resolver)
    if holder is not None:
        return [holder]  # "RSF-controlled sites produced about 9.5 tonnes of gold", "boats belonging to X carried …"
    split = [c for c in subject.head.children if c.dep_ == subject.dep_ and c.left_edge.i == subject.right_edge.i + 1]
    if split and split[0].i in resolver.index:
        return resolver.actors(split[0], speaker)
    person = epithet_person(subject, resolver)
    return [person] if person is not None else []


def _body_of_named(subject: Token, resolver: ClaimResolver) -> Actor | None:
    """ "the group of Kachalla Isiya Dan Jimrau … has not more than 500 fighters": a body noun "of"
    a person or body is theirs (not "a coalition of five gangs")."""
    if subject.lemma_.lower() not in body_nouns():
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            actor = resolver.actor(obj)
            if actor is not None and actor.type in {"person", "organization"} and not obj.conjuncts:
                return actor
    return None


NUMBERED_ENTRY = re.compile(r"\s*\d{1,3}[.)]\s")


def listed_subject(verb: Token, child: Token, resolver: ClaimResolver) -> Actor | None:
    """ "7. TRANSPORTES CINARUCO S.A.S. …; Saravena. Owned by X. Operates a fleet of about 30
    trucks": a sentence that opens on its verb, with no subject, in a numbered entry of a list
    (a designation, an annex) is about the person or body the entry names first."""
    if child.dep_ in {"nsubj", "csubj"} or verb.tag_ not in {"VBZ", "VBD"}:
        return None
    opening = next((t for t in verb.sent if not t.is_space), None)
    if opening is None or opening.i != verb.i:
        return None
    doc = verb.doc
    text = text_of(doc)
    line_start = text.rfind("\n", 0, verb.idx) + 1
    if not NUMBERED_ENTRY.match(text, line_start):
        return None
    start = verb.i
    while start > 0 and doc[start - 1].idx >= line_start:
        start -= 1
    for token in doc[start : verb.i]:
        actor = resolver.index.get(token.i)
        if actor is not None and actor.type in {"person", "organization"}:
            return actor
    return None


HOLDING_PARTICIPLES = {"control", "hold", "run", "own", "operate"}


def _held_by(noun: Token, resolver: ClaimResolver) -> Actor | None:
    """ "RSF-controlled sites", "Houthi-run ports": what a body holds acts for it ("Iranian-backed
    militias" are the militias' own)."""
    for participle in (c for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in HOLDING_PARTICIPLES):
        if not any(c.text in {"-", "–"} for c in participle.children):
            continue
        for named in (c for c in participle.children if c.i in resolver.index):
            actor = resolver.index[named.i]
            if actor.type in {"organization", "person", "group"}:
                return actor
    return None


def _perpetrator_of(subject: Token, verb: Token, resolver: ClaimResolver) -> Actor | None:
    """The body whose acts killed or wounded: "Air strikes by the Saudi-led coalition killed 37
    civilians", "the group's fighters had killed 40 soldiers", "members of the Kolonn Lanfè gang
    killed at least 97 residents", "gunmen from the Ansar Dine group", "brigade fighters killed
    more than 1,200 civilians" (a body or person named on the subject noun, of a casualty verb
    only)."""
    if verb.lemma_.lower() not in word_set("casualty_verbs"):
        return None
    named = [o for p in subject.children if p.dep_ == "prep" and p.lower_ in {"by", "of", "from"} for o in p.children if o.dep_ == "pobj"]
    named += [c for c in subject.children if c.dep_ == "poss" and c.lower_ not in {"his", "her", "my", "our", "their", "its"}]
    named += [c for c in subject.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    for token in named:
        actor = resolver.actor(token)
        if actor is not None and actor.type in {"organization", "group"}:
            return actor
    return None


def _speaker_force(subject: Token, speaker: Token, resolver: ClaimResolver) -> Actor | None:
    """The force whose men bare "troops" or "soldiers" are in a force's own statement: the body of
    the speaker, or the speaker itself, when it fields men (`_fields_men`)."""
    if any(c.dep_ in {"poss", "compound", "nmod", "amod"} for c in subject.children):
        return None
    body = resolver.speaker_body(speaker)
    if body is None:
        said_by = resolver.actor(speaker)
        body = said_by if said_by is not None and said_by.type == "organization" else None
    return body if body is not None and _fields_men(body) else None


def _named_body_subject(verb: Token, resolver: ClaimResolver) -> Actor | None:
    """ "al-Shabaab's Jaysh Ayman unit keeps …": a body noun subject named by an organization on it
    is that body, not its owner (the parser may split the owner off as a second subject)."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.pos_ != "NOUN" or subject.lemma_.lower() not in word_set("body_nouns"):
            continue
        for child in (c for c in subject.children if c.dep_ == "compound"):
            actor = resolver.index.get(child.i)
            if actor is not None and actor.type == "organization":
                return actor
    return None


def whose(
    found: PlacedAmount, verb: Token, child: Token, owner: Actor | None, resolver: ClaimResolver, speaker: Token | None
) -> list[Actor]:
    """The actors the amount is about, in order of the rules: possessor, clause subject, payee,
    the clause an acl hangs from, the people counted or where they were."""
    party = money_party(found, resolver) if owner is None else None
    if party is not None:
        return [party]  # "froze $2m in accounts belonging to X", "$42m passing through X"
    if owner is None and found.unit_token is not None and found.unit_token.lemma_.lower() in {"body", "corpse"}:
        place = casualty_place(found, verb, resolver)
        if place is not None:
            return [place]  # "officers reached the village and recovered 19 bodies": the village's dead
    subjects = [owner] if owner is not None else []
    to_speaker = paid_to_speaker(verb, child, found, resolver) if owner is None else None
    if to_speaker is not None:
        return to_speaker  # "A: They gave me 5,000 meticais": the speaker's own side paid them
    if not subjects or _partitive(found):  # "poached two of Sablin's commanders": the poacher's claim
        subjects = clause_subjects(verb, child, resolver, speaker) or subjects
    if not subjects:
        subjects = payee_subjects(verb, child, found, resolver, speaker) or []
    if not subjects:
        subjects = previous_payee(verb, child, found, resolver) or salaried_recipients(verb, child, found, resolver)
    if not subjects and verb.dep_ == "acl":  # "charges every truck leaving the town 1 million pesos"
        outer = governing_clause(verb.head)
        if outer is not None:
            subjects = clause_subjects(outer[0], outer[1], resolver, speaker)
    if not subjects:
        # the people counted, or where they died, when they are what the clause is about; else
        # the one place a casualty count's sentence names ("airstrikes killed 40 people in Idlib")
        scene = scene_of(found, resolver) if child.dep_ in SUBJECT_DEPS else None
        named = named_on(found.unit_token, found.unit_class, resolver) or own_losses(found, verb, child, resolver, speaker)
        named = named or served(found, verb, child, resolver) or displaced_from(found, verb, child, resolver) or scene
        named = named or casualty_place(found, verb, resolver)
        subjects = [named] if named is not None else []
    return subjects


def served(found: PlacedAmount, verb: Token, child: Token, resolver: ClaimResolver) -> Actor | None:
    """ "Some 3,000 fighters answer to Amadou Koufa", "400 men fight for the FLA": people counted as
    the subject of a verb of allegiance (`serving_verbs`) are the one they serve."""
    noun = found.unit_token
    if noun is None or found.unit_class != "people" or child.i != noun.i or child.dep_ != "nsubj":
        return None
    if verb.lemma_.lower() not in word_set("serving_verbs"):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "for", "under"}):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            actor = resolver.actor(obj)
            if actor is not None and actor.type in {"organization", "person"}:
                return actor
    return None


def own_losses(found: PlacedAmount, verb: Token, child: Token, resolver: ClaimResolver, speaker: Token | None) -> Actor | None:
    """ "Lt. Col. X, a spokesman for the FAN, said 11 soldiers had been killed": soldiers lost
    with nobody named as their owner or their killer are the speaker's side. Only for the men a
    side fields (`own_force_nouns`: soldiers, troops, personnel …, not civilians or fighters, who
    are as often the enemy), counted as the subject of a casualty verb with no agent, in the words
    of a speaker whose body the text gives ("a spokesman for the FAN", a member_of relation)."""
    noun = found.unit_token
    if speaker is None or noun is None or child.i != noun.i or child.dep_ not in SUBJECT_DEPS:
        return None
    if noun.lower_ not in word_set("own_force_nouns") or verb.lemma_.lower() not in word_set("casualty_verbs"):
        return None
    if any(c.dep_ == "agent" for c in verb.children) or any(c.dep_ in {"poss", "compound", "nmod"} for c in noun.children):
        return None
    body = resolver.speaker_body(speaker)
    if body is None:
        said_by = resolver.actor(speaker)  # "the army said 11 soldiers were killed"
        body = said_by if said_by is not None and said_by.type == "organization" else None
    return body if body is not None and _fields_men(body) else None


def _fields_men(body: Actor) -> bool:
    """Whether an organization is a force that loses soldiers, by its name or what the text calls it
    ("Forces Armées Nationales", "the army", "a paramilitary force") or a rank or unit the text puts
    it on ("the FAMa colonel", "FAMa troops"): a rights group, a hospital or a news agency whose
    spokesman counts dead soldiers is counting someone else's."""
    words = {w.lower() for m in body.mentions for w in m.text.replace("-", " ").split()}
    words |= {d.head.lower() for d in body.descriptors}
    if words & word_set("armed_body_words"):
        return True
    roots = [m.span.root for m in body.mentions]
    ranks = word_set("military_role_nouns")
    return any(r.dep_ in {"compound", "poss", "nmod"} and r.head.lemma_.lower() in ranks for r in roots)


def reward_noun(found: PlacedAmount) -> Token | None:
    """The reward an amount is: "a reward of up to $5 million", "a $5 million bounty"."""
    node = found.anchor
    while node.dep_ in {"nummod", "quantmod", "compound"} and node.head.i != node.i:
        node = node.head
    if word_set("reward_nouns") & {node.lemma_.lower(), node.lower_}:
        return node  # "a $5 million reward"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and _reward_word(node.head.head):
        return node.head.head  # "a reward of up to $5 million", "a reward offer of …"
    if node.dep_ == "pobj" and node.head.lower_ in {"from", "to"}:
        return _changed_reward(node.head)
    if node.pos_ == "SYM" and node.dep_ == "nmod" and node.head.dep_ == "dobj":
        node = node.head  # "$ 100,000": the sign hangs on the number
    if found.unit_class == "money" and node.dep_ == "dobj" and node.head.lemma_.lower() in {"offer", "promise", "announce"}:
        if any(_pays_for_information(h) for h in (node, node.head)):
            return node  # "has offered up to 500 million pesos for information on Ramiro"
    # "rewards of up to $2 million for … Sai Kham Lu, and up to $1 million for information on its
    # chief money launderer, Liu Jianhua": the parser hangs the second sum on the verb
    if found.unit_class == "money" and node.dep_ == "conj" and _pays_for_information(node) and any(
        c.dep_ == "dobj" and _reward_word(c) for c in node.head.children
    ):
        return node
    return None


def _pays_for_information(head: Token) -> bool:
    """ "… for information on X", "… for the capture of X": what a sum offered without the word
    "reward" pays for."""
    wanted = word_set("reward_target_nouns") | {"information", "tip", "tips"}
    return any(
        o.lemma_.lower() in wanted
        for p in head.children if p.dep_ in {"prep", "dative"} and p.lower_ == "for"
        for o in p.children if o.dep_ == "pobj"
    )


def _reward_word(noun: Token) -> bool:
    rewards = word_set("reward_nouns")
    return noun.lemma_.lower() in rewards or any(c.dep_ == "compound" and c.lemma_.lower() in rewards for c in noun.children)


def _changed_reward(prep: Token) -> Token | None:
    """ "raised the reward for information leading to his capture from $100,000 to $300,000": the
    reward a "from … to" amount changes, the object of the verb the phrase hangs under."""
    for verb in (t for t in prep.ancestors if t.pos_ == "VERB"):
        reward = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in word_set("reward_nouns")), None)
        if reward is not None:
            return reward
        if verb.dep_ not in {"acl", "xcomp", "advcl"}:
            return None
    return None


def reward_target(reward: Token, resolver: ClaimResolver, offerer: Actor | None) -> Actor | None:
    """Whom a reward is offered for: the one whose arrest, capture or whereabouts it pays for
    ("for information leading to the arrest of Viteri", "a bounty on X's head", "for X's capture")."""
    for named in (c for c in reward.children if c.dep_ in {"appos", "npadvmod"} and c.i in resolver.index):
        if resolver.index[named.i].type == "person" and resolver.index[named.i] != offerer:
            return resolver.index[named.i]  # "$1 million for information on its chief money launderer, Liu Jianhua"
    amount_heads = [reward, *(t for t in reward.subtree if t.dep_ == "pobj" and t.head.head.i == reward.i)]
    if reward.dep_ == "dobj":
        amount_heads.append(reward.head)  # "announced a reward of … for the capture of X": the parser hangs "for" on the verb
    for head in amount_heads:
        for prep in (c for c in head.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"for", "on"}):
            for wanted in (o for o in prep.children if o.dep_ == "pobj" and prep.lower_ == "for"):
                actor = resolver.actor(wanted)  # "a reward of $500,000 for Ronald Cedeño"
                if actor is not None and actor.type == "person" and actor != offerer:
                    return actor
            for token in prep.subtree:
                if token.lemma_.lower() not in word_set("reward_target_nouns") and token.head.lower_ != "on":
                    continue
                candidates = [token] if token.head.lower_ == "on" and token.dep_ == "pobj" else []
                candidates += [c for c in token.children if c.dep_ == "poss"]
                candidates += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
                for candidate in candidates:
                    actor = resolver.actor(candidate)
                    if actor is not None and actor.type in {"person", "organization"} and actor != offerer:
                        return actor
    # "offering a reward … through its hotline for information leading to Gordão's arrest": the
    # parser hangs "for" anywhere in the clause, so any arrest or capture in it will do
    clause = reward.head if reward.dep_ == "dobj" else reward
    for token in (t for t in clause.subtree if t.i > reward.i and t.lemma_.lower() in word_set("reward_target_nouns")):
        for candidate in [c for c in token.children if c.dep_ == "poss"] + [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]:
            actor = resolver.actor(candidate)
            if actor is not None and actor.type in {"person", "organization"} and actor != offerer:
                return actor
    return None


HOW_MANY = {"many", "much", "big", "large", "strong"}  # "How big was Liwa al-Qasim?" asks its size


def answered_about(found: PlacedAmount, resolver: ClaimResolver) -> list[Actor]:
    """ "Q: How many men did he command? / A: In Macomia, about 300 fighters.", "Q: How big was
    Liwa al-Qasim? / A: On paper, 4,200 men.": an answer that is
    no clause is about the subject of the "how many" or "how much" question it answers (a pronoun
    resolved where the question stands); "you" is the interviewee's body. Nobody when the question
    asks about no actor ("How much do the checkpoints bring in?")."""
    doc = found.number.doc
    question = question_before(text_of(doc), found.number.idx)
    span = doc.char_span(*question, alignment_mode="expand") if question is not None else None
    if span is None:
        return []
    words = [t.lower_ for t in span]
    subject = next((t for t in span if t.dep_ in SUBJECT_DEPS and t.head.pos_ in {"VERB", "AUX"}), None)
    if subject is None:
        return []
    if not any(a == "how" and b in HOW_MANY for a, b in pairwise(words)) and not (
        subject.lower_ == "you" and found.unit_class in {"money", "people"}
    ):
        return []  # "Q: What were you paid? A: At first $50 a month." is about the interviewee's side
    if subject.lower_ == "you":
        speaker = resolver.voice(found.number.idx)
        body = resolver.affiliation(speaker) if speaker is not None and speaker.type == "person" else None
        return [body] if body is not None else []
    actor = resolver.actor(subject)
    return [actor] if actor is not None and actor.type in {"person", "organization", "group"} else []
