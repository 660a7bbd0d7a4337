"""The word lists and parse labels the claim rules share: numbers.yaml's verb and noun lists,
loaded once, and the dependency labels and pronoun sets the rules test.

Hand-written as plain sets because the rules test a handful of English function words and
spaCy labels; the open-ended lists (pay verbs, body nouns, document nouns …) are data in
patterns/en/numbers.yaml so that adding a word needs no code.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from actormap.extract.patterns import yaml_data
from actormap.extract.quotes import speech_verbs as quote_speech_verbs
from actormap.model import load_nouns

NAME_LABELS = {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART"}
NOT_CLAIM_LABELS = {"DATE", "TIME", "ORDINAL", "PERCENT"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NOUN_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound"}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
THIRD_PERSON = {"he", "she", "they"}
RELATIVE = {"which", "that", "who", "whom"}
SPEAKER_PRONOUNS = {"i", "we", "us", "our", "you", "me", "my"}
FIRST_PLURAL = {"we", "us", "our"}
FIRST_SINGULAR = {"i", "me", "my"}
CLAIMANT_TYPES = {"person", "organization"}
OFF_PATH_PREPS = {"from", "by", "against", "alongside", "besides"}
SCENE_PREPS = {"in", "at", "inside", "near", "around", "across", "within", "on"}
EACH = {"each", "every"}
RATE_WORDS = {"a", "an", "per", "each", "every"}  # "a month", "per month", "every week"
MAX_UNIT_GAP = 4


@lru_cache(maxsize=1)
def claim_verbs() -> dict[str, frozenset[str]]:
    """numbers.yaml's verb lists: `self` (the subject claims it of itself) and `reporting`."""
    data = yaml_data("numbers")["claim_verbs"]
    return {kind: frozenset(str(v) for v in verbs) for kind, verbs in data.items()}


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """numbers.yaml's nouns that stand for an armed group or organization named before ("the group")."""
    return frozenset(str(n) for n in yaml_data("numbers")["body_nouns"])


@cache
def word_set(key: str) -> frozenset[str]:
    """One of numbers.yaml's word lists (pay_verbs, scene_verbs, document_nouns …), lower case."""
    return frozenset(str(w).lower() for w in yaml_data("numbers")[key])


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The quote stage's speech verbs and the few more that report a number ("X has informed the
    committee that …")."""
    return quote_speech_verbs() | word_set("more_speech_verbs")


@lru_cache(maxsize=1)
def rate_periods() -> dict[str, str]:
    """numbers.yaml's period words: "monthly" -> "month"."""
    return {str(k).lower(): str(v) for k, v in yaml_data("numbers")["rate_periods"].items()}


def unit_class(unit: str) -> str:
    """The class of a claim unit: model/nouns.yaml's, else `people` for numbers.yaml's
    `people_nouns` ("personnel", "combatants", "residents") that nouns.yaml does not list."""
    found = load_nouns().unit_class(unit)
    if found != "count" or not unit.strip():
        return found
    return "people" if unit.lower().split()[-1] in word_set("people_nouns") else found


@cache
def label_pattern(key: str) -> re.Pattern[str]:
    """A line label from numbers.yaml's list KEY and its colon: "Payer: ", "Paid by: "."""
    words = "|".join(re.escape(w) for w in sorted(word_set(key), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})[ \t]*:[ \t]*", re.IGNORECASE)
