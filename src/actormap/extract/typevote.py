"""The type vote: one type per actor from the evidence of all its mentions.

The statistical NER types each mention alone and often wrongly on conflict reporting
("Homs" as a person, "Tartus" as an organization); words inside the name ("Brigade",
"Street"), a title, a role appositive or a place preposition before it outweigh one label.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from actormap.extract.mentions import Mention
from actormap.extract.patterns import yaml_data
from actormap.model import load_nouns

STRONG_PLACE_PREPOSITIONS = {"in", "near", "at", "outside", "around", "across"}
WEAK_PLACE_PREPOSITIONS = {"from", "into", "toward", "towards", "via", "through", "between"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = yaml_data("type_words")
    return {key: frozenset(str(w) for w in values) for key, values in data.items()}


def organization_words() -> frozenset[str]:
    """Words that make a name an organization's ("Brigade", "Forces")."""
    return _words()["organization_words"]


def _before(span: Span) -> list[str]:
    """The two lower-cased words before the name, skipping an article."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in {"the", "a"}:
        i -= 1
    return [doc[j].lower_ for j in (i, i - 1) if j >= 0]


def mention_votes(mention: Mention, person_roles: frozenset[str]) -> Counter[str]:
    """What one mention says about the actor's type, weighted."""
    votes: Counter[str] = Counter()
    label_type = load_nouns().entity_type_for_label(mention.label)
    if label_type:
        votes[label_type] += 1
    words = _words()
    tokens = mention.text.split()
    if mention.label == "PERSON" and len(tokens) > 1:
        votes["person"] += 1
    if any(t in words["organization_words"] for t in tokens):
        votes["organization"] += 5  # beats a place word: "Lake Kivu Trading Ltd" is a company
    if any(t in words["location_words"] for t in tokens):
        votes["location"] += 4
    if mention.title is not None:
        votes["person"] += 4
    before = _before(mention.span)
    if before and before[0] in STRONG_PLACE_PREPOSITIONS:
        votes["location"] += 1.5
    elif before and before[0] in WEAK_PLACE_PREPOSITIONS:
        votes["location"] += 0.5
    if len(before) > 1 and before[0] == "of" and before[1] in words["location_nouns"]:
        votes["location"] += 4
    if _role_appositive(mention.span, person_roles):
        votes["person"] += 2
    after = _after(mention.span)
    if after in words["organization_nouns"]:
        votes["organization"] += 3  # "the Lame Tonnè gang"
    elif after in words["location_nouns"]:
        votes["location"] += 3  # "the Ouest department"
    return votes


def _after(span: Span) -> str:
    doc = span.doc
    return doc[span.end].lower_ if span.end < len(doc) else ""


def _role_appositive(span: Span, person_roles: frozenset[str]) -> bool:
    """ "Amadou Diallo, a herder from Boni," : a person role right after a comma."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].text != ",":
        return False
    for token in doc[i + 1 : min(i + 6, len(doc))]:
        if token.text in {",", ".", ";"}:
            return False
        if token.pos_ == "NOUN":
            return token.lemma_.lower() in person_roles
    return False


def vote_type(mentions: list[Mention], person_roles: frozenset[str] = frozenset()) -> str:
    """The actor's type: the gazetteer's when it knows the name, else the weighted vote."""
    for m in mentions:
        if m.entry is not None:
            return m.entry.type
    if all(_names_followers(m) for m in mentions):
        return "group"
    votes: Counter[str] = Counter()
    for m in mentions:
        votes.update(mention_votes(m, person_roles))
    if not votes:
        return "organization"
    order = ["person", "organization", "location", "group"]  # ties go to the earlier
    return max(order, key=lambda t: (votes[t], -order.index(t)))


def _names_followers(mention: Mention) -> bool:
    """ "Assadists"-style plural: the followers of a person or creed, a people not a body."""
    words = mention.text.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].endswith(("ists", "ites"))
