"""The map: the places actors are read at, located offline (see `actormap.serve.geocode`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse

from actormap.serve.board import Snapshot
from actormap.serve.geocode import Gazetteer, choose
from actormap.serve.render import render
from actormap.serve.views import snapshot as current

GAZETTEER = Gazetteer()


def places_data(snap: Snapshot) -> dict[str, Any]:
    """Every place actor with its coordinates where its name or an alias is known to GeoNames; the others as unplaced."""
    places = [e for e in snap.graph.entities if e.type == "location"]
    found = GAZETTEER.locate(n for e in places for n in (e.name, *e.aliases))
    named: dict[str, set[str]] = {}  # document id -> countries it names, the context that settles shared city names
    for entity in places:
        country = next((found[n][0] for n in (entity.name, *entity.aliases) if n in found and found[n][0].kind == "country"), None)
        for document in entity.document_ids if country else ():
            named.setdefault(document, set()).add(country.country)  # type: ignore[union-attr]
    anywhere = set().union(*named.values())
    placed, unplaced = [], []
    for entity in places:
        candidates = next((found[n] for n in (entity.name, *entity.aliases) if n in found), None)
        context = set().union(*(named.get(d, set()) for d in entity.document_ids))
        where = choose(candidates, context, anywhere) if candidates else None
        summary = {"id": entity.id, "name": entity.name, "documents": len(entity.document_ids),
                   "degree": snap.degree.get(entity.id, 0), "url": f"/entities/{entity.id}"}
        if where is None:
            unplaced.append(summary)
            continue
        placed.append({**summary, "kind": where.kind, "lat": where.lat, "lon": where.lon, "country": where.country,
                       "iso_numeric": where.iso_numeric, "geonames_name": where.name, "geonameid": where.geonameid})
    return {"ok": True, "places": placed, "unplaced": unplaced, "basemap": "/static/vendor/countries-50m.json"}


def api(snap: Annotated[Snapshot, Depends(current)]) -> dict[str, Any]:
    """Place actors with latitude and longitude (GeoNames, offline); a country also has its ISO numeric code."""
    return places_data(snap)


def page(request: Request, snap: Annotated[Snapshot, Depends(current)]) -> HTMLResponse:
    return render(request, "map.html", {"title": "Map", **places_data(snap)})
