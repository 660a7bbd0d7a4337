"""Actors: one entity per real-world referent in a document, with every mention and alias.

Written by hand because no offline library does within-document name coreference for
this domain (coreferee's English model is not on PyPI): short names join the full name
they abbreviate ("Makhlouf" -> "Rami Makhlouf"), gazetteer spellings join their canonical
name ("Hizballah" -> "Hezbollah"), and the type is voted across all mentions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from actormap.extract.mentions import Mention, collect_mentions
from actormap.model import load_nouns

ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ul", "bin", "ibn", "the"}


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
        if self.type == "group" and self.canonical:
            return self.canonical
        # the fullest form; a dateline's capitals ("BAMAKO") lose to the ordinary spelling
        return max((m.text for m in self.mentions), key=lambda t: (len(name_tokens(t)), not t.isupper(), len(t)))

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
    """The actor's type: the gazetteer's, else a title or a full PERSON name, else the majority."""
    nouns = load_nouns()
    for m in mentions:
        if m.entry is not None:
            return m.entry.type
    if any(m.title is not None for m in mentions):
        return "person"
    if any(m.label == "PERSON" and len(name_tokens(m.text)) > 1 for m in mentions):
        return "person"
    if all(_names_followers(m) for m in mentions):
        return "group"
    votes = Counter(nouns.entity_type_for_label(m.label) for m in mentions)
    return votes.most_common(1)[0][0] or "organization"


def _names_followers(mention: Mention) -> bool:
    """ "Assadists", "Houthis"-style plural: the followers of a person or creed, a people not a body."""
    words = mention.text.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].endswith(("ists", "ites"))


class _Clusters:
    """Mentions grouped as they are read, so a short name joins the latest full name it fits."""

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
        """The person cluster whose fuller name contains this shorter one, the latest mentioned."""
        if mention.entry is not None:
            return None
        tokens = set(name_tokens(mention.text))
        if not tokens:
            return None
        best, best_pos = None, -1
        for index, group in enumerate(self.groups):
            if vote_type(group) != "person":
                continue
            longest = max(len(name_tokens(m.text)) for m in group)
            group_tokens = {t for m in group for t in name_tokens(m.text)}
            if len(tokens) < longest and tokens <= group_tokens:
                last = max(m.start_char for m in group)
                if last > best_pos:
                    best, best_pos = index, last
        return best

    def absorb_early_short_forms(self) -> None:
        """A short name used before the full one ("Makhlouf ... Rami Makhlouf") joins it when unambiguous."""
        merged: set[int] = set()
        for index, group in enumerate(self.groups):
            if any(m.entry is not None for m in group):
                continue
            tokens = {t for m in group for t in name_tokens(m.text)}
            longest = max(len(name_tokens(m.text)) for m in group)
            fits = [
                other
                for other, candidate in enumerate(self.groups)
                if other != index
                and other not in merged
                and vote_type(candidate) == "person"
                and longest < max(len(name_tokens(m.text)) for m in candidate)
                and tokens <= {t for m in candidate for t in name_tokens(m.text)}
            ]
            if len(fits) == 1:
                self.groups[fits[0]].extend(group)
                merged.add(index)
        self.groups = [g for i, g in enumerate(self.groups) if i not in merged]


def cluster_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    clusters = _Clusters()
    for mention in sorted(mentions, key=lambda m: m.start_char):
        clusters.add(mention)
    clusters.absorb_early_short_forms()
    for group in clusters.groups:
        group.sort(key=lambda m: m.start_char)
    clusters.groups.sort(key=lambda g: g[0].start_char)
    return clusters.groups


def find_actors(doc: Doc) -> list[Actor]:
    """The document's actors, numbered e1, e2 ... in order of first mention."""
    groups = cluster_mentions(collect_mentions(doc))
    return [Actor(id=f"e{i}", type=vote_type(group), mentions=group) for i, group in enumerate(groups, 1)]
