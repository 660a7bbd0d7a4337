"""Finds the names the model missed: every further occurrence of a name already resolved in the text.

The statistical NER tags "Makhlouf" in one sentence and misses it in the next; once a name
belongs to an actor, each other capitalised occurrence of it is a mention of that actor. What the
text around those occurrences says joins the actor's type vote ("[14/02 06:41] Wilmer Castaño:
My contact is …" is a person however the model labelled the name once).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from actormap.extract.actors import Actor, person_roles
from actormap.extract.mentions import Mention
from actormap.extract.typevote import vote_type
from actormap.model import load_nouns


def _forms(actors: list[Actor]) -> dict[str, list[tuple[tuple[str, ...], Actor]]]:
    """First token -> (token texts, actor) for every surface form, longest first."""
    forms: dict[str, list[tuple[tuple[str, ...], Actor]]] = defaultdict(list)
    for actor in actors:
        seen = set()
        for mention in actor.mentions:
            texts = tuple(t.text for t in mention.span)
            candidates = [texts]
            last = texts[-1]
            if actor.type == "person" and len(texts) > 1 and last.istitle() and last.isalpha() and len(last) > 2:
                candidates.append((last,))  # the surname alone: "Dorval said" after "Patrick Dorval"
                candidates.append((last.upper(),))  # transcripts: "MR. BRENNAN:"
            for form in candidates:
                if form in seen or not form[0][:1].isupper():
                    continue
                seen.add(form)
                forms[form[0]].append((form, actor))
    for candidates in forms.values():
        candidates.sort(key=lambda c: -len(c[0]))
    return forms


def _nearest(candidates: list[Actor], position: int, form: str = "") -> Actor:
    """Of several actors sharing a short name, the one the text already calls by it (a bare
    "Chande" keeps meaning the Chande it first meant, after a nephew is named), else the one
    mentioned last before this position."""

    def rank(actor: Actor) -> tuple[int, int]:
        starts = [m.start_char for m in actor.mentions if m.start_char < position]
        called_so = sum(1 for m in actor.mentions if m.start_char < position and m.text == form)
        return called_so, max(starts) if starts else -1

    return max(candidates, key=rank)


def propagate_aliases(doc: Doc, actors: list[Actor]) -> None:
    """Add a mention to its actor for each uncovered occurrence of a known name."""
    covered = {t for a in actors for m in a.mentions for t in range(m.span.start, m.span.end)}
    mentioned = set(covered)
    judged_as_people: set[int] = set()
    for ent in doc.ents:
        if load_nouns().entity_type_for_label(ent.label_) is not None:
            covered.update(range(ent.start, ent.end))  # a span already judged, e.g. "Syrian" in "Syrian authorities"
            if ent.label_ == "NORP":
                judged_as_people.update(range(ent.start, ent.end))
    forms = _forms(actors)
    grown: list[Actor] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text not in forms or i in mentioned or i in covered and i not in judged_as_people:
            i += 1
            continue
        for texts, _ in forms[token.text]:
            end = i + len(texts)
            if end > len(doc) or tuple(t.text for t in doc[i:end]) != texts:
                continue
            matching = [a for t, a in forms[token.text] if t == texts]
            blocked = covered.intersection(range(i, end))
            # "Tamim's network" tagged as a people: a person's surname wins over that label
            if not blocked or blocked <= judged_as_people and all(a.type == "person" for a in matching):
                actor = _nearest(matching, token.idx, doc[i:end].text)
                label = actor.mentions[0].label
                found = Mention(span=doc[i:end], label=label, entry=actor.mentions[0].entry, propagated=True)
                if found.text.isupper():  # "MROUEH", "REYES MATUTE:" read as acronyms: no vote
                    found.votes = Counter()
                actor.mentions.append(found)
                grown.append(actor)
                covered.update(range(i, end))
                mentioned.update(range(i, end))
                i = end
                break
        else:
            i += 1
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start_char)
    for actor in {a.id: a for a in grown}.values():
        actor.type = vote_type(actor.mentions, person_roles())
