"""Countries named by their adjective in "Iranian-backed militia": the country becomes an actor.

"Iranian" alone is not an actor (a nationality adjective), but in "Iranian-backed" it is the
backer, so the country joins the document's actors with that word as its mention.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from actormap.extract.actors import Actor
from actormap.extract.mentions import Mention
from actormap.extract.patterns import gazetteer_index, yaml_data


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str], frozenset[str]]:
    cues = yaml_data("relation_cues")
    # only a backer or payer is made an actor: "Kenyan-led mission" names no actor Kenya in reporting
    participles = frozenset(p for rtype in ("allied_with", "funds") for p in cues["backed_participles"][rtype])
    return dict(cues["demonyms"]), participles


def add_demonym_actors(doc: Doc, actors: list[Actor]) -> None:
    """Add the country of each "<Demonym>-<participle>" to ACTORS (a mention of it if already there)."""
    demonyms, participles = _cues()
    index = gazetteer_index()
    for token in doc[2:]:
        if token.lower_ not in participles or doc[token.i - 1].text != "-":
            continue
        adjective = doc[token.i - 2]
        country = demonyms.get(adjective.text)
        entry = index.get(country) if country else None
        if entry is None:
            continue
        mention = Mention(span=doc[adjective.i : adjective.i + 1], label="GPE", entry=entry)
        existing = next((a for a in actors if a.canonical == entry.canonical), None)
        if existing is not None:
            if all(m.span.start != adjective.i for m in existing.mentions):
                existing.mentions.append(mention)
                existing.mentions.sort(key=lambda m: m.start_char)
        else:
            actors.append(Actor(id=f"e{len(actors) + 1}", type=entry.type, mentions=[mention]))
