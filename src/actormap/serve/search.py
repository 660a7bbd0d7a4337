"""Finding actors by any of their names: exact, typed in part, spelled another way or written in Arabic script.

Every name and alias of every actor is indexed twice: its `names.normalize` form (so case,
accents, apostrophes and transliteration from Arabic, Cyrillic ... do not matter) and a
consonant key per word (so Makhlouf/Makhluf, Hezbollah/Hizballah and الشرع/al-Sharaa meet).
A query is answered in tiers: an exact name, then a name that starts with or contains the
query, then the actors sharing a word key, ranked by `names.compare`. Only a bounded number
of candidates is ever compared, so a query costs milliseconds on a large map.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from actormap import names
from actormap.model.graph import CanonicalEntity

COMPARED = 40  # spelling candidates scored with names.compare per query
SPELLING_FLOOR = 0.7  # a spelling candidate must score this much to be shown
COMMON_KEY = 2_000  # a word key shared by more names than this finds nothing by itself
_SKIPPED = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "the", "of", "and", "de", "du", "la", "le"})
_DROPPED = str.maketrans("", "", "aeiouyhw'")
_SAME = str.maketrans({"q": "k", "c": "k", "z": "s", "p": "b", "v": "f"})
_DOUBLE = re.compile(r"(.)\1+")


def word_key(word: str) -> str:
    """A word's consonant key: vowels, h/w/y dropped, look-alike consonants and doubles merged.

    >>> word_key("makhlouf") == word_key("makhluf") and word_key("alshr") == word_key("sharaa")
    True
    """
    if word.startswith("al") and len(word) > 4:  # an Arabic article written onto its noun
        word = word[2:]
    key = _DOUBLE.sub(r"\1", word.translate(_SAME).translate(_DROPPED))
    return key if len(key) >= 2 else word


def word_keys(normalized: str) -> set[str]:
    return {word_key(w) for w in normalized.split() if w not in _SKIPPED}


@dataclass(frozen=True)
class Hit:
    """One actor found, with the name that matched and how."""

    entity: CanonicalEntity
    matched: str
    how: str  # exact, prefix, contains, spelling, id
    score: float


_TIERS = {"id": 1.0, "exact": 0.95, "prefix": 0.85, "contains": 0.75}  # plus up to 0.05 for the share of the name matched


class SearchIndex:
    """All names of all actors, ready for `search`."""

    def __init__(self, entities: list[CanonicalEntity]) -> None:
        self.entities = entities
        self.names: list[tuple[str, int, str]] = []  # (normalized name, entity index, name as written)
        self.by_key: dict[str, list[int]] = defaultdict(list)  # word key -> positions in self.names
        for index, entity in enumerate(entities):
            for name in dict.fromkeys([entity.name, *entity.aliases]):
                normalized = names.normalize(name)
                if not normalized:
                    continue
                position = len(self.names)
                self.names.append((normalized, index, name))
                for key in word_keys(normalized):
                    self.by_key[key].append(position)

    def search(self, query: str, limit: int = 20, types: set[str] | None = None) -> list[Hit]:
        """The actors QUERY names, best first: exact names, names starting with or containing it, other spellings."""
        wanted = names.normalize(query)
        if not wanted:
            return []
        best: dict[int, Hit] = {}

        def offer(index: int, matched: str, how: str, score: float) -> None:
            entity = self.entities[index]
            if types and entity.type not in types:
                return
            if index not in best or best[index].score < score:
                best[index] = Hit(entity, matched, how, score)

        for index, entity in enumerate(self.entities):
            if entity.id == query.strip():
                offer(index, entity.id, "id", _TIERS["id"])
        for normalized, index, name in self.names:
            if wanted in normalized:
                how = "exact" if normalized == wanted else "prefix" if normalized.startswith(wanted) else "contains"
                offer(index, name, how, _TIERS[how] + min(len(wanted) / len(normalized), 1) * 0.05)
        if len(best) < limit:
            self._spellings(query, wanted, offer, set(best))
        ranked = sorted(best.values(), key=lambda h: (-h.score, -len(h.entity.document_ids), h.entity.name.casefold()))
        return ranked[:limit]

    def _spellings(self, query: str, wanted: str, offer, found: set[int]) -> None:  # type: ignore[no-untyped-def]
        """Offer the actors whose names share word keys with the query and that `names.compare` scores alike."""
        shared: dict[int, int] = defaultdict(int)
        keys = word_keys(wanted)
        for key in keys:
            positions = self.by_key.get(key, [])
            if len(positions) > COMMON_KEY and len(keys) > 1:
                continue
            for position in positions:
                shared[position] += 1
        ranked = sorted(shared, key=lambda p: (-shared[p], len(self.names[p][0])))
        compared = 0
        for position in ranked:
            normalized, index, name = self.names[position]
            if index in found:
                continue
            if compared >= COMPARED:
                break
            compared += 1
            score = names.compare(query, name, self.entities[index].type)
            if score >= SPELLING_FLOOR:
                offer(index, name, "spelling", round(0.75 * score, 3))
