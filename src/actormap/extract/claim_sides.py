"""The two sides of a killing: "the army said it killed 87 Ansar fighters".

A count of people one named side killed or captured from another named side is a claim about
both: readers file it under the side that lost them and under the side that says it did it, and
the gold sets read it either way (docs/claims.md, "Both sides of a kill"). The owner rules of
claim_subjects.py pick one side; this module names the other, so the claim is given to both.
Only an explicit pair counts: the dead must be named as a side's ("Fano fighters", "his men"),
and the killer must be the clause's own subject, a body; an enemy left unnamed ("killed 300
soldiers") is no one's second claim.
"""

from __future__ import annotations

from actormap.extract.actors import Actor
from actormap.extract.claim_claimants import attribution
from actormap.extract.claim_clauses import governing_clause, is_passive
from actormap.extract.claim_referents import ClaimResolver
from actormap.extract.claim_subjects import body_named_on, clause_subjects, possessor
from actormap.extract.claim_units import CASUALTY_STATES, PlacedAmount
from actormap.extract.claim_words import word_set
from actormap.extract.reference import national_army

SIDES = {"organization", "group"}


def other_side(found: PlacedAmount, subjects: list[Actor], resolver: ClaimResolver,
               before: PlacedAmount | None = None) -> Actor | None:
    """The side of the kill that SUBJECTS (one side, as the owner rules chose) leave out: the
    killer when they hold the dead's side, the dead's side when they hold the killer. A count
    without its noun is of the people the count BEFORE it in the sentence named ("killed 163
    Fano fighters and captured 58")."""
    if found.unit_class != "people" or len(subjects) != 1 or found.share:
        return None
    placed = governing_clause(found.anchor)
    if placed is None:
        return None
    verb, child = placed
    if verb.lemma_.lower() not in word_set("killing_verbs") or is_passive(verb) or child.dep_ in {"nsubj", "nsubjpass"}:
        return None
    counted = found
    if found.unit_token is None and before is not None and before.unit == found.unit and before.number.sent == found.number.sent:
        counted = before
    victims = _victims(counted, resolver) or state_soldiers(counted, resolver)
    if victims is None:
        return None
    speaker = attribution(verb, resolver).speaker
    killers = [a for a in clause_subjects(verb, child, resolver, speaker) if a.type in SIDES]
    if len(killers) != 1 or killers[0].id == victims.id:
        return None
    chosen = subjects[0].id
    if chosen == victims.id:
        return killers[0]
    return victims if chosen == killers[0].id else None


def _victims(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """The side the counted people are named as: a body on the noun ("163 Fano fighters"), or
    whose men they are ("six of his men", "their 40 soldiers")."""
    named = body_named_on(found.unit_token, found.unit_class, resolver)
    if named is not None:
        return named
    owner = possessor(found.anchor, found.unit_class, resolver)
    return owner if owner is not None and owner.type in SIDES | {"person"} else None


# Nouns for a state's own fighting men: dead, wounded or captured "soldiers" that no side is
# named for are the state force's, where the document names exactly one.
STATE_SOLDIER_NOUNS = {"soldier", "troop", "serviceman"}
CASUALTY_VERBS = {"die", "lose", "perish"}


def state_soldiers(found: PlacedAmount, resolver: ClaimResolver) -> Actor | None:
    """ "the army's General Staff announced that 28 soldiers had been killed", "a hospital worker
    said four wounded soldiers were admitted": the one state force the document names."""
    noun = found.unit_token
    if noun is None or noun.lemma_.lower() not in STATE_SOLDIER_NOUNS or found.unit_class != "people":
        return None
    if any(c.dep_ in {"amod", "compound", "nmod"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or c.i in resolver.index)
           for c in noun.children):
        return None  # "18 Rwandan soldiers", "Fano soldiers": a side of their own
    if _victims(found, resolver) is not None or not _casualties(found):
        return None
    return national_army(resolver.all_actors)


def _casualties(found: PlacedAmount) -> bool:
    noun = found.unit_token
    last = found.unit.split()[-1] if found.unit else ""
    if any(c.lower_ in CASUALTY_STATES for c in noun.children) or last in CASUALTY_STATES:
        return True  # "four wounded soldiers", "soldiers killed"
    placed = governing_clause(found.anchor)
    if placed is None or placed[1].dep_ == "nsubj":
        return False  # "300 soldiers killed 40 militants" did the killing
    return placed[0].lemma_.lower() in word_set("killing_verbs") | CASUALTY_VERBS
