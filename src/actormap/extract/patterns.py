"""Loads the language data under patterns/en/: word lists and the gazetteer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from actormap.errors import ConfigError

PATTERNS_DIR = Path(__file__).with_name("patterns") / "en"

# The spaCy NER label a gazetteer type is given, so one type vote covers both sources.
GAZETTEER_LABELS = {"location": "GPE", "organization": "ORG", "group": "NORP", "person": "PERSON"}


@dataclass(frozen=True)
class GazetteerEntry:
    canonical: str
    type: str
    spellings: tuple[str, ...]


def word_list(name: str) -> tuple[str, ...]:
    """The non-comment lines of patterns/en/NAME.txt."""
    return _word_list(name)


@lru_cache(maxsize=None)
def _word_list(name: str) -> tuple[str, ...]:
    path = PATTERNS_DIR / f"{name}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=None)
def yaml_data(name: str) -> dict:
    """The parsed patterns/en/NAME.yaml."""
    path = PATTERNS_DIR / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def gazetteer_files() -> list[Path]:
    """patterns/en/gazetteer.yaml, then the regional lists in patterns/en/gazetteer/."""
    return [PATTERNS_DIR / "gazetteer.yaml", *sorted((PATTERNS_DIR / "gazetteer").glob("*.yaml"))]


@lru_cache(maxsize=1)
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Every gazetteer entry, checked: known types, no name listed twice, no spelling claimed by two entries."""
    entries = []
    owner: dict[str, str] = {}
    canonicals: dict[str, str] = {}
    for path in gazetteer_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path.name}: expected a mapping at the top level")
        for etype, names in data.items():
            if etype not in GAZETTEER_LABELS:
                raise ConfigError(f"{path.name}: unknown type '{etype}'")
            for canonical, others in (names or {}).items():
                canonical = str(canonical)
                if canonical in canonicals:
                    raise ConfigError(f"{path.name}: '{canonical}' is already listed in {canonicals[canonical]}")
                canonicals[canonical] = path.name
                spellings = (canonical, *(str(o) for o in (others or [])))
                for spelling in spellings:
                    if spelling in owner and owner[spelling] != canonical:
                        raise ConfigError(f"{path.name}: '{spelling}' is listed under '{owner[spelling]}' and '{canonical}'")
                    owner[spelling] = canonical
                entries.append(GazetteerEntry(canonical, etype, spellings))
    return tuple(entries)


@lru_cache(maxsize=1)
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """Spelling -> entry, for looking up a mention's canonical name and type."""
    return {spelling: entry for entry in gazetteer() for spelling in entry.spellings}
