"""The declared nouns: entity types, relation types, qualifiers and claim units, loaded from nouns.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from actormap.errors import ConfigError

NOUNS_FILE = Path(__file__).with_name("nouns.yaml")


@dataclass(frozen=True)
class EntityType:
    name: str
    description: str
    ftm_schema: str
    spacy_labels: tuple[str, ...]


@dataclass(frozen=True)
class RelationType:
    name: str
    description: str
    symmetric: bool
    ftm_schema: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Nouns:
    entity_types: dict[str, EntityType]
    relation_types: dict[str, RelationType]
    qualifiers: tuple[str, ...]
    unit_classes: dict[str, tuple[str, ...]]

    def entity_type_for_label(self, label: str) -> str | None:
        """The actormap entity type of a spaCy NER label, or None when it is not an actor."""
        for etype in self.entity_types.values():
            if label in etype.spacy_labels:
                return etype.name
        return None

    def unit_class(self, unit: str) -> str:
        """The class ('people', 'money', ...) of a claim unit; 'count' when undeclared."""
        lowered = unit.lower()
        for cls, units in self.unit_classes.items():
            if unit in units or lowered in units:
                return cls
        last = lowered.split()[-1] if lowered else ""
        for cls, units in self.unit_classes.items():
            if any(last == u.split()[-1] for u in units):
                return cls
        return "count"


def _require(mapping: dict, key: str, where: str) -> object:
    if key not in mapping:
        raise ConfigError(f"{NOUNS_FILE.name}: {where} lacks '{key}'")
    return mapping[key]


@lru_cache(maxsize=1)
def load_nouns(path: Path = NOUNS_FILE) -> Nouns:
    """Load and check the noun declarations (cached: they never change at run time)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    entity_types = {
        name: EntityType(
            name=name,
            description=str(_require(spec, "description", f"entity type {name}")),
            ftm_schema=str(_require(spec, "ftm_schema", f"entity type {name}")),
            spacy_labels=tuple(_require(spec, "spacy_labels", f"entity type {name}")),  # type: ignore[arg-type]
        )
        for name, spec in raw["entity_types"].items()
    }
    relation_types = {
        name: RelationType(
            name=name,
            description=str(_require(spec, "description", f"relation type {name}")),
            symmetric=bool(_require(spec, "symmetric", f"relation type {name}")),
            ftm_schema=str(_require(spec, "ftm_schema", f"relation type {name}")),
            labels=tuple(spec.get("labels", [])),
        )
        for name, spec in raw["relation_types"].items()
    }
    return Nouns(
        entity_types=entity_types,
        relation_types=relation_types,
        qualifiers=tuple(raw["qualifiers"]),
        unit_classes={cls: tuple(units) for cls, units in raw["unit_classes"].items()},
    )
