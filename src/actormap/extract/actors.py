"""Actors: one entity per real-world referent in a document, with every mention and alias.

Written by hand because no offline library does within-document name coreference for
this domain (coreferee's English model is not on PyPI): short names join the full name
they abbreviate ("Makhlouf" -> "Rami Makhlouf"), gazetteer spellings join their canonical
name ("Hizballah" -> "Hezbollah"), and the type is voted across all mentions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from actormap.extract import typevote
from actormap.extract.aliases import (
    join_acronyms,
    join_bare_forces,
    join_bracketed_nicknames,
    join_initials,
    join_declared_aliases,
    join_inner_nicknames,
    join_national_bodies,
    join_national_forces,
    join_place_nouns,
    join_spaced_variants,
    join_spelling_variants,
)
from actormap.extract.gazetteer_words import PLACE_GANG_NOUNS
from actormap.extract.listings import join_listed_names, listed_names
from actormap.extract.mentions import Mention, collect_mentions
from actormap.extract.patterns import word_list

ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ul", "bin", "ibn", "the"}


@lru_cache(maxsize=4096)
def name_tokens(text: str) -> tuple[str, ...]:
    """Comparable tokens of a name: no accents, case, hyphens or Arabic articles."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = folded.replace("’", "'")
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", folded)
    return tuple(w for w in words if w not in ARTICLES)


@dataclass
class Descriptor:
    """A title or role phrase said of an actor, with the span it came from."""

    text: str
    start: int
    end: int
    head: str
    kind: str  # title | premodifier | appositive


@dataclass
class Actor:
    """One entity of the document record, with its spaCy spans for the later stages."""

    id: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    descriptors: list[Descriptor] = field(default_factory=list)

    @property
    def canonical(self) -> str | None:
        for m in self.mentions:
            if m.entry is not None:
                return m.entry.canonical
        return None

    @property
    def name(self) -> str:
        canonical = self.canonical
        if canonical and (self.type == "group" or all(m.entry and m.text not in m.entry.spellings for m in self.mentions)):
            return canonical  # "Alawite" names the Alawites; "Iranian" in "Iranian-backed" names Iran
        # the fullest form; a dateline's capitals ("BAMAKO") lose to the ordinary spelling, and a
        # listing's "KARAM, Walid Hassan" to the name the running text uses
        written = [m for m in self.mentions if not m.listed] or self.mentions
        return max((m.text for m in written), key=lambda t: (len(name_tokens(t)), not t.isupper(), len(t)))

    @property
    def aliases(self) -> list[str]:
        name = self.name
        seen: list[str] = []
        for m in self.mentions:
            if m.text != name and m.text not in seen:
                seen.append(m.text)
        return seen

    @property
    def tokens(self) -> set[str]:
        return {tok for m in self.mentions for tok in name_tokens(m.text)}

    def spans(self) -> list[Span]:
        return [m.span for m in self.mentions]


def vote_type(mentions: list[Mention]) -> str:
    """The actor's type, voted across its mentions (see typevote.py)."""
    return typevote.vote_type(mentions, person_roles())


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """Role nouns that only a person holds."""
    return frozenset(word_list("role_nouns")) - {"member", "head", "backer", "sponsor", "donor", "ally", "rival", "enemy",
                                                 "opponent", "partner", "proxy", "affiliate", "wing", "branch", "subsidiary",
                                                 "faction", "offshoot", "unit", "cell", "brigade", "battalion", "arm"}


# What a place's own government is called after the place's name: "Zamfara State Government".
GOVERNING_WORDS = {"government", "administration", "authority", "council", "assembly", "parliament", "governorate",
                   "municipality", "ministry", "police", "command"}
# what a public body named after its place is ("Benue State Emergency Management Agency")
STATE_BODY_HEADS = GOVERNING_WORDS | {"agency", "commission", "committee", "office", "service", "department", "directorate",
                                      "board", "bureau", "court", "tribunal"}


class _Clusters:
    """Mentions grouped as they are read, so a short name joins the full name it fits."""

    def __init__(self) -> None:
        self.groups: list[list[Mention]] = []
        self.by_key: dict[str, int] = {}

    def key(self, mention: Mention) -> str:
        if mention.entry is not None:
            return "gaz:" + mention.entry.canonical
        return " ".join(name_tokens(mention.text))

    def add(self, mention: Mention) -> None:
        key = self.key(mention)
        if key in self.by_key:
            self._join(self.by_key[key], mention)
            return
        target = self._short_form_of(mention)
        if target is None:
            self.groups.append([mention])
            target = len(self.groups) - 1
        else:
            self.groups[target].append(mention)
        self.by_key.setdefault(key, target)

    def _join(self, index: int, mention: Mention) -> None:
        self.groups[index].append(mention)

    def _short_form_of(self, mention: Mention) -> int | None:
        """The cluster whose fuller name this shorter one abbreviates: of two people, the one the
        text introduced first (a bare "Jaber" after "Ghiath Jaber … his younger brother, Iyad
        Jaber" is still Ghiath, the story's subject); of two bodies, the latest named."""
        if mention.entry is not None:
            return None
        best, best_rank = None, (False, False, -(10**9))
        for index, group in enumerate(self.groups):
            if is_short_form(mention, group):
                # "Gen. Karrar" is the Karrar the text gave a title
                titled = mention.title is not None and any(m.title is not None for m in group)
                first = min(m.start_char for m in group)
                is_person = vote_type(group) == "person"
                # a name the model reads as a person's ("Mosquera Rengifo") is the man, not the body named after him
                own_kind = mention.label == "PERSON" and is_person
                rank = (titled, own_kind, -first if is_person else max(m.start_char for m in group))
                if rank > best_rank:
                    best, best_rank = index, rank
        return best

    def absorb_early_short_forms(self) -> None:
        """A short name used before the full one ("Makhlouf ... Rami Makhlouf") joins it when unambiguous."""
        merged: set[int] = set()
        for index, group in enumerate(self.groups):
            if any(m.entry is not None for m in group):
                continue
            fits = [
                other
                for other, candidate in enumerate(self.groups)
                if other != index and other not in merged and all(is_short_form(m, candidate) for m in group)
            ]
            if len(fits) == 1:
                self.groups[fits[0]].extend(group)
                merged.add(index)
        self.groups = [g for i, g in enumerate(self.groups) if i not in merged]


def is_short_form(mention: Mention, group: list[Mention]) -> bool:
    """Whether MENTION abbreviates a longer name of GROUP.

    A person by any of their names ("Makhlouf", "Maher"); an organization by a run of its
    name's words that is more than a generic word ("Golden Crescent" for "Golden Crescent
    Refinery", "Fursan" for "Fursan Forces", never "Forces"). Places never: "Darfur" is
    not "North Darfur".
    """
    tokens = name_tokens(mention.text)
    if not tokens:
        return False
    gtype = vote_type(group)
    if mention.title is not None and gtype != "person":
        return False
    if gtype == "person":
        longest = max(len(name_tokens(m.text)) for m in group)
        return len(tokens) < longest and set(tokens) <= {t for m in group for t in name_tokens(m.text)}
    if gtype != "organization":
        return False
    if all(t.lower() in generic_org_words() for t in tokens):
        return _definite_head(mention, tokens, group)
    for m in group:
        full = name_tokens(m.text)
        for i in range(len(full) - len(tokens) + 1):
            if len(full) > len(tokens) and full[i : i + len(tokens)] == tokens:
                rest = full[:i] + full[i + len(tokens) :]
                if mention.label in {"GPE", "LOC"} and all(t.lower() in GOVERNING_WORDS for t in rest):
                    return False  # "Zamfara State" is the place the "Zamfara State Government" governs
                if mention.label in {"GPE", "LOC", "FAC"} and rest == (full[-1],) and full[-1] in PLACE_GANG_NOUNS:
                    return False  # "Salt Spring" is where the "Salt Spring crew" works
                if mention.label in {"GPE", "LOC"} and i == 0 and rest[-1].lower() in STATE_BODY_HEADS:
                    return False  # "Benue State" is where the "Benue State Emergency Management Agency" works
                if len(tokens) > 1 or mention.label == "ORG" or all(t in generic_org_words() or t.isdigit() for t in rest):
                    return not _said_as_place(mention)
    return False


def _said_as_place(mention: Mention) -> bool:
    """ "attacked Kadawa village", before "the Kadawa Development Association paid": the text
    itself calls the short name a place, so it is the place the body is named after."""
    votes = typevote.cached_votes(mention, person_roles())
    return votes["location"] >= typevote.STRONG and votes["location"] > votes["organization"]


HEAD_CONNECTORS = {"of", "for", "on"}


def _head_words(full: tuple[str, ...]) -> tuple[str, ...]:
    """The words before a name's first connector: "Centre" of "Centre for Extractive Transparency"."""
    cut = next((i for i, w in enumerate(full) if w in HEAD_CONNECTORS), len(full))
    return full[:cut]


def _definite_head(mention: Mention, tokens: tuple[str, ...], group: list[Mention]) -> bool:
    """ "the Observatory" after "Great Lakes Supply Chain Observatory" or "Yemeni Observatory for
    Civilian Protection": a generic word joins the body whose name ends with it, or whose head
    before "of"/"for"/"on" does, only when the text says "the"."""
    doc = mention.span.doc
    before = doc[mention.span.start - 1].lower_ if mention.span.start > 0 else ""
    if before != "the":
        return False
    for full in (name_tokens(m.text) for m in group):
        head = _head_words(full)
        if len(full) > len(tokens) and (full[-len(tokens):] == tokens or head[-len(tokens):] == tokens):
            return True
    return False


@lru_cache(maxsize=1)
def generic_org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in typevote.organization_words())


def cluster_mentions(doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by referent, groups in order of first mention."""
    clusters = _Clusters()
    for mention in sorted(mentions, key=lambda m: m.start_char):
        clusters.add(mention)
    clusters.absorb_early_short_forms()
    clusters.groups = join_declared_aliases(doc, join_bracketed_nicknames(doc, join_listed_names(clusters.groups)))
    clusters.groups = join_bare_forces(join_national_forces(join_national_bodies(join_acronyms(clusters.groups))))
    clusters.groups = join_place_nouns(clusters.groups)
    clusters.groups = join_spelling_variants(join_spaced_variants(clusters.groups), vote_type)
    clusters.groups = join_initials(join_inner_nicknames(doc, clusters.groups))
    for group in clusters.groups:
        group.sort(key=lambda m: m.start_char)
    clusters.groups.sort(key=lambda g: g[0].start_char)
    return clusters.groups


def _with_listed_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A listing's "KARAM, Walid Hassan" replaces the pieces the model found inside it."""
    listed = listed_names(doc)
    if not listed:
        return mentions
    inside = {i for span in listed for i in range(span.start, span.end)}
    kept = [m for m in mentions if not inside.intersection(range(m.span.start, m.span.end))]
    kept += [Mention(span=span, label="PERSON", listed=True) for span in listed]
    return sorted(kept, key=lambda m: m.start_char)


def find_actors(doc: Doc) -> list[Actor]:
    """The document's actors, numbered e1, e2 ... in order of first mention."""
    groups = cluster_mentions(doc, _with_listed_names(doc, collect_mentions(doc)))
    return [Actor(id=f"e{i}", type=vote_type(group), mentions=group) for i, group in enumerate(groups, 1)]
