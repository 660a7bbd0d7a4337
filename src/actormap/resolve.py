"""Entities across documents: which per-document entities are one actor (docs/resolution.md).

Each document's record already gathers one actor's mentions ("Rami Makhlouf", "Makhlouf",
"Assad's cousin") into one entity. This module joins those entities across documents into
canonical actors and writes the result into the one column `entities.canonical_id`:

1. **Candidates** come from `names.block_keys` (shared consonant skeletons), so only names
   that share a token are ever compared.
2. **Names** are scored with `names.compare(a, b, schema=type)` over every pair of full names
   and aliases. A person's one-word name or alias (a surname, a given name) never links two
   documents by itself: "Assad" is Bashar, Maher or Hafez.
3. **Types** must agree: person only with person; organization with group only when the
   names match strongly (>= 0.9); a place with a body only when the names are all but
   identical (>= 0.95, a typing slip such as "Hezbollah" read as a place).
4. **Context** decides the borderline: names scoring 0.7-0.8, and bodies named by
   institution words only ("Ministry of Defence"), join only when the two sides share
   neighbours (other actors read in their documents) or role words of their descriptors; a
   one-word person name joins the one full-name actor it fits when that actor's context is
   clearly the best match, and stays apart when the fit is ambiguous.
5. **Constraints**: two entities of one document are two actors (the extractor already
   merged what it could), and two people who share a family name but whose given names
   differ (Bashar and Maher al-Assad) never join, not even through a chain of aliases.
6. **Judgements** (`store/judgements.py`) come first: a merge joins its two sides whatever
   the evidence, a not-same or split forbids them to join; a later judgement overrides an
   earlier one it contradicts.

Edges are taken strongest first into a union-find that checks the constraints on every
join, every choice in the order of document id and entity number, so the result depends
only on what the store holds, not on the order it was ingested in: resolving twice gives
the same ids. A cluster's id is the starting id of its first entity in that order, so an
entity that joins nothing keeps the id it was stored with.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from sqlalchemy import Connection, Engine, bindparam, select, update

from actormap import names
from actormap.store.engine import reading, writing
from actormap.store.judgements import Anchor, Judgement, current_documents, load
from actormap.store.statements import canonical_id
from actormap.store.tables import documents, entities, statements

BORDERLINE = 0.7  # names scoring in [BORDERLINE, THRESHOLD) need context to join
SINGLE_FIT = 0.65  # a one-word person name fits a full name scoring this much
SUPPORT_NEEDED = 2.0  # context a borderline pair or a one-word name needs
BODY_GROUP = 0.9  # organization <-> group needs this name score
PLACE_BODY = 0.95  # location <-> organization/group needs this name score
BLOCK_LIMIT = 250  # a blocking key shared by more names than this is too common to pair on
ALIKE = 70  # rapidfuzz ratio of two normalised names sharing one token key that makes them worth comparing
BODIES = frozenset({"organization", "group"})
# Words of an institution's name that say what it is, not whose it is: a body named by these words only
# ("Ministry of Defence", "Military Intelligence", "the Army") exists in every country.
_INSTITUTION_WORDS = frozenset(
    "ministry minister defence defense interior foreign affairs finance justice health education information "
    "government administration authority authorities army armed forces force police navy naval air military "
    "intelligence security general national central council court parliament assembly committee commission "
    "agency office department directorate service services guard guards border customs presidency cabinet "
    "command headquarters regime opposition rebels militia militias coalition state public prosecution bank "
    "of the and for".split()
)
# Role words that say nothing about who someone is.
_STOPWORDS = frozenset(
    "a an the of and or in on at to for from by with his her their its our former late new current then "
    "who which that one two three some many also now once self so-called".split()
)


@dataclass(frozen=True)
class Mention:
    """One document's entity, with what resolution reads of it."""

    document: str
    local_id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    descriptors: tuple[str, ...]
    canonical_id: str
    source: str
    order: tuple[str, int, str]  # (document id, entity number, local id): the order every choice is made in

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class ResolveSummary:
    """What one resolution did."""

    entities: int = 0  # current per-document entities
    actors: int = 0  # canonical entities they form
    merged: int = 0  # entities that share their actor with another document's entity
    changed: int = 0  # canonical ids rewritten
    judgements: int = 0  # judgements applied (a rename is applied by the queries, to the actor its entities form)
    unmatched: list[int] = field(default_factory=list)  # ids of judgements whose entities are gone
    seconds: float = 0.0


def _number(local_id: str) -> int:
    digits = re.sub(r"\D", "", local_id)
    return int(digits) if digits else 0


def load_mentions(conn: Connection) -> list[Mention]:
    """Every current (not retired) entity with its names and descriptors, by document id then entity number."""
    rows = conn.execute(
        select(entities.c.document_id, entities.c.local_id, entities.c.type, entities.c.name, entities.c.canonical_id,
               statements.c.item, documents.c.source)
        .join(statements, statements.c.id == entities.c.statement_id)
        .join(documents, documents.c.id == entities.c.document_id)
        .where(entities.c.retired.is_(False))
    ).all()
    mentions = [
        Mention(
            document=r.document_id, local_id=r.local_id, type=r.type, name=r.name,
            aliases=tuple(a for a in (r.item or {}).get("aliases", []) if a and a != r.name),
            descriptors=tuple((r.item or {}).get("descriptors", [])), canonical_id=r.canonical_id,
            source=r.source, order=(r.document_id, _number(r.local_id), r.local_id),
        )
        for r in rows
    ]
    mentions.sort(key=lambda m: m.order)
    return mentions


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------


def is_full_name(name: str, etype: str) -> bool:
    """Whether NAME can link documents alone: any name of a body or place; a person's name of two or more
    words besides titles and particles, an initial counting as a word ("B. al-Assad", not "al-Assad")."""
    if etype != "person":
        return True
    initials = sum(len(token) == 1 for token in names.normalize(name).split())
    return len(names.name_key(name, etype).split()) + initials >= 2


def _schema(a: str, b: str) -> str:
    """The type two names are compared under: their own when equal, the stricter one otherwise."""
    if a == b:
        return a
    return "organization" if {a, b} <= BODIES else "location"


def is_generic(normalized: str, etype: str) -> bool:
    """Whether a body's name (normalised) is made of institution words only, so that it needs context to link documents."""
    return etype in BODIES and all(word in _INSTITUTION_WORDS for word in normalized.split())


def _city_and_namesake(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """A city and the country or region it is named after: "Mexico City"/"Mexico", "Gaza City"/"Gaza"
    (`names` weighs "city" as a generic place word, right for "Tartous city"/"Tartous" in one text)."""
    if a[1] != "location" or b[1] != "location":
        return False
    return ("city" in a[0].split()) != ("city" in b[0].split())


def types_agree(a: str, b: str, score: float) -> bool:
    """Whether actors typed A and B can be one, given how well their names match."""
    if a == b:
        return True
    if "person" in (a, b):
        return False
    if {a, b} <= BODIES:
        return score >= BODY_GROUP
    return score >= PLACE_BODY


def descriptor_words(descriptors: Iterable[str]) -> set[str]:
    """The lower-case role words of descriptors ("governor", "cousin"): words with a capital ("Bashar",
    "al-Assad") are other actors' names."""
    words: set[str] = set()
    for descriptor in descriptors:
        for word in re.findall(r"[^\W\d_][\w'-]*", descriptor):
            if word.islower() and len(word) > 2 and word not in _STOPWORDS:
                words.add(word.removesuffix("'s"))
    return words


@lru_cache(maxsize=65536)
def _family_conflict(a: str, b: str) -> bool:
    """Two people's full names that share a name but differ in another (Bashar/Maher al-Assad, Ahmed al-Sharaa/al-Shami)."""
    comparison = names.explain(a, b, "person")
    shared = any(s >= 0.9 and len(x) > 2 for x, _, s, _ in comparison.pairs)
    return bool(comparison.conflicts) and shared


# --------------------------------------------------------------------------
# Clusters under constraints
# --------------------------------------------------------------------------


class Clusters:
    """Union-find over mentions that refuses joins breaking a constraint."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.parent = list(range(len(mentions)))
        self.docs = [{m.document} for m in mentions]
        self.types = [Counter([m.type]) for m in mentions]
        self.people = [Counter([m.name] if m.type == "person" and is_full_name(m.name, m.type) else []) for m in mentions]
        self.tags: list[set[tuple[int, int]]] = [set() for _ in mentions]  # (judgement, side) of not-same/split
        self.members = [[i] for i in range(len(mentions))]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def type_of(self, root: int) -> str:
        counts = self.types[root]
        return max(counts, key=lambda t: (counts[t], t == "person", t))

    def person_name(self, root: int) -> str | None:
        counts = self.people[root]
        return max(counts, key=lambda n: (counts[n], len(n), n)) if counts else None

    def allowed(self, a: int, b: int, score: float) -> bool:
        """Whether the clusters of A and B may join on a name score of SCORE."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.docs[ra].isdisjoint(self.docs[rb]):
            return False
        if any((j, 1 - side) in self.tags[rb] for j, side in self.tags[ra]):
            return False
        ta, tb = self.type_of(ra), self.type_of(rb)
        if not types_agree(ta, tb, score):
            return False
        if ta == tb == "person":
            pa, pb = self.person_name(ra), self.person_name(rb)
            if pa and pb and _family_conflict(pa, pb):
                return False
        return True

    def join(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]) or (len(self.members[ra]) == len(self.members[rb]) and rb < ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members[rb]
        self.members[rb] = []
        self.docs[ra] |= self.docs[rb]
        self.types[ra] += self.types[rb]
        self.people[ra] += self.people[rb]
        self.tags[ra] |= self.tags[rb]
        return ra

    def try_join(self, a: int, b: int, score: float) -> bool:
        if not self.allowed(a, b, score):
            return False
        self.join(a, b)
        return True


# --------------------------------------------------------------------------
# Judgements
# --------------------------------------------------------------------------


def _anchor_index(mentions: list[Mention]) -> dict[tuple[str, str], list[int]]:
    """(document id, normalised name or alias) -> the mentions carrying it."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for n in {names.normalize(n) for n in m.names}:
            index[(m.document, n)].append(i)
    return index


def _anchored(anchors: Iterable[Anchor], index: dict[tuple[str, str], list[int]], carried: dict[str, set[str]]) -> set[int]:
    """The mentions the anchors name: the same name in the anchor's document or in the current version of its file."""
    found: set[int] = set()
    for anchor in anchors:
        wanted = names.normalize(anchor.name)
        for document in {anchor.document} | carried.get(anchor.source, set()):
            found.update(index.get((document, wanted), ()))
    return found


def _live(judgements: list[Judgement], sides: list[tuple[set[int], set[int]]]) -> list[int]:
    """Indexes of the judgements to apply: a merge and a later not-same/split on the same two sides (or the
    reverse) contradict, and the later one wins."""
    live = []
    for i, judgement in enumerate(judgements):
        if judgement.action == "rename" or not sides[i][0] or not sides[i][1]:
            continue
        a, b = sides[i]
        overridden = any(
            (later.action == "merge") != (judgement.action == "merge") and later.action != "rename"
            and ((a & sides[k][0] and b & sides[k][1]) or (a & sides[k][1] and b & sides[k][0]))
            for k, later in enumerate(judgements[i + 1:], start=i + 1)
        )
        if not overridden:
            live.append(i)
    return live


def apply_judgements(clusters: Clusters, judgements: list[Judgement], carried: dict[str, set[str]]) -> tuple[int, list[int]]:
    """Join merges and tag not-same/split sides; returns (judgements applied, ids of those naming no current entity)."""
    if not judgements:
        return 0, []
    index = _anchor_index(clusters.mentions)
    sides = [(_anchored(j.anchors, index, carried), _anchored(j.other_anchors, index, carried)) for j in judgements]
    unmatched = [j.id for j, (a, b) in zip(judgements, sides) if not a or (j.action != "rename" and not b)]
    live = _live(judgements, sides)
    for i in live:
        if judgements[i].action == "merge":
            first, *rest = sorted(sides[i][0] | sides[i][1])
            for other in rest:
                clusters.join(first, other)
    for i in live:
        if judgements[i].action != "merge":
            for side, members in enumerate(sides[i]):
                for m in members:
                    clusters.tags[clusters.find(m)].add((i, side))
    renamed = sum(1 for j, (a, _) in zip(judgements, sides) if j.action == "rename" and a)
    return len(live) + renamed, unmatched


# --------------------------------------------------------------------------
# Evidence: names, then context
# --------------------------------------------------------------------------


def _name_groups(mentions: list[Mention]) -> dict[tuple[str, str], list[int]]:
    """(normalised full name, type) -> the mentions using it as name or alias, in order."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for n in dict.fromkeys(m.names):
            key = (names.normalize(n), m.type)
            if key[0] and is_full_name(n, m.type) and (not groups[key] or groups[key][-1] != i):
                groups[key].append(i)
    return groups


def _candidate_pairs(spelled: dict[tuple[str, str], str]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of name groups worth comparing, in a stable order: they share a blocking key, and either two
    token keys (or the whole-name key), or one with the rest of the names alike (most pairs sharing only a
    given name or a family name, "Tarek Haddad"/"Tarek Mansour", are different people: comparing them is
    most of the cost)."""
    blocks: dict[tuple[bool, str], list[tuple[str, str]]] = defaultdict(list)
    tokens: dict[tuple[str, str], int] = {}
    for key, name in spelled.items():
        keys = names.block_keys(name, key[1])
        tokens[key] = sum(not k.startswith("~") for k in keys)
        for block in keys:
            blocks[(key[1] == "person", block)].append(key)
    shared: Counter[tuple[tuple[str, str], tuple[str, str]]] = Counter()
    for (_, block), members in blocks.items():
        if len(members) <= BLOCK_LIMIT:
            for pair in combinations(sorted(members), 2):
                shared[pair] += 2 if block.startswith("~") else 1
    return sorted(
        (a, b) for (a, b), count in shared.items()
        if count >= 2 or min(tokens[a], tokens[b]) < 2 or fuzz.ratio(a[0], b[0]) >= ALIKE
    )


def name_edges(mentions: list[Mention]) -> tuple[dict[tuple[str, str], list[int]], list[tuple[float, tuple[str, str], tuple[str, str]]]]:
    """The name groups and the scored pairs of groups worth considering (score >= BORDERLINE), strongest first."""
    groups = _name_groups(mentions)
    spelled = {key: next(n for n in mentions[ids[0]].names if names.normalize(n) == key[0]) for key, ids in groups.items()}
    edges = []
    for a, b in _candidate_pairs(spelled):
        score = names.compare(spelled[a], spelled[b], _schema(a[1], b[1]))
        if score >= BORDERLINE and not _city_and_namesake(a, b):
            edges.append((score, a, b))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return groups, edges


class Context:
    """Who else each document names, and the role words of each mention: evidence for borderline joins."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        by_document: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            by_document[m.document].append(i)
        self.neighbours = [[j for j in by_document[m.document] if j != i] for i, m in enumerate(mentions)]
        self.roles = [descriptor_words(m.descriptors) for m in mentions]

    def _profile(self, clusters: Clusters, root: int, members: list[int]) -> tuple[dict[int, float], set[str]]:
        near: dict[int, float] = {}
        roles: set[str] = set()
        for i in members:
            roles |= self.roles[i]
            for j in self.neighbours[i]:
                r = clusters.find(j)
                if r != root:
                    near[r] = 1.0 if self.mentions[j].type in ("person", "organization") else 0.5
        return near, roles

    def support(self, clusters: Clusters, a: int, b: int) -> float:
        """Shared neighbours (1 for a person or body, 0.5 for a place or group) plus shared role words (at most 2)."""
        ra, rb = clusters.find(a), clusters.find(b)
        near_a, roles_a = self._profile(clusters, ra, clusters.members[ra])
        near_b, roles_b = self._profile(clusters, rb, clusters.members[rb])
        shared = sum(w for r, w in near_a.items() if r in near_b and r not in (ra, rb))
        return shared + min(2, len(roles_a & roles_b))


def _needs_context(a: tuple[str, str], b: tuple[str, str], score: float) -> bool:
    """Borderline names, or a generic institution's name on either side, join only with context."""
    return score < names.THRESHOLD or is_generic(*a) or is_generic(*b)


def _roots(clusters: Clusters, members: list[int]) -> list[int]:
    return list(dict.fromkeys(clusters.find(i) for i in members))


def _join_groups(clusters: Clusters, groups: dict, a: tuple[str, str], b: tuple[str, str], score: float,
                 context: Context | None) -> None:
    """Join the clusters holding name group A with those holding B, the earliest allowed pair first."""
    for i in _roots(clusters, groups[a]):
        for j in _roots(clusters, groups[b]):
            i, j = clusters.find(i), clusters.find(j)
            if i == j:
                continue
            if context is not None and context.support(clusters, i, j) < SUPPORT_NEEDED:
                continue
            clusters.try_join(i, j, score)


def _join_same_names(clusters: Clusters, groups: dict[tuple[str, str], list[int]], context: Context | None) -> None:
    """Entities with the same full name and type join the first cluster of that name that allows them;
    with CONTEXT, only generic names (`is_generic`) and only with enough support, else only the others."""
    for key in sorted(groups):
        if is_generic(*key) != (context is not None):
            continue
        roots: list[int] = []
        for i in groups[key]:
            for r in roots:
                if (context is None or context.support(clusters, r, i) >= SUPPORT_NEEDED) and clusters.try_join(r, i, 1.0):
                    break
            else:
                roots.append(i)
            roots = _roots(clusters, roots)


def _full_name_index(clusters: Clusters) -> dict[str, dict[int, set[str]]]:
    """Blocking key -> person cluster -> its full names carrying that key."""
    index: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for i, m in enumerate(clusters.mentions):
        if m.type == "person":
            for n in m.names:
                if is_full_name(n, "person"):
                    for key in names.block_keys(n, "person"):
                        index[key][clusters.find(i)].add(n)
    return index


def _one_word(m: Mention) -> bool:
    return m.type == "person" and not any(is_full_name(n, "person") for n in m.names)


def _join_one_word_people(clusters: Clusters, context: Context) -> None:
    """A person named by one word only ("Makhlouf", "Maher") joins the full-name actor it fits when
    context points there clearly (best support >= SUPPORT_NEEDED and twice the runner-up's); where no
    full name fits the word, one-word mentions of the same word join on context alone."""
    index = _full_name_index(clusters)
    unfit: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(clusters.mentions):
        if not _one_word(m) or len(clusters.members[clusters.find(i)]) > 1:
            continue
        fits = sorted({root for key in names.block_keys(m.name, "person") for root, full_names in index.get(key, {}).items()
                       if any(names.compare(m.name, n, "person") >= SINGLE_FIT for n in full_names)
                       and clusters.allowed(root, i, names.THRESHOLD)})  # not someone its own document also names
        if not fits:
            unfit[names.normalize(m.name)].append(i)
            continue
        ranked = sorted(((context.support(clusters, i, r), r) for r in fits), reverse=True)
        best, root = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if best >= SUPPORT_NEEDED and best >= 2 * runner_up:
            clusters.try_join(root, i, names.THRESHOLD)
    for word in sorted(unfit):
        first, *rest = unfit[word]
        for i in rest:
            if context.support(clusters, first, i) >= SUPPORT_NEEDED:
                clusters.try_join(first, i, 1.0)


def cluster(mentions: list[Mention], judgements: Sequence[Judgement] = (),
            carried: dict[str, set[str]] | None = None) -> tuple[Clusters, int, list[int]]:
    """Cluster MENTIONS into actors; returns the clusters, the judgements applied and those naming no entity."""
    clusters = Clusters(mentions)
    applied, unmatched = apply_judgements(clusters, list(judgements), carried or {})
    groups, edges = name_edges(mentions)
    _join_same_names(clusters, groups, None)
    for score, a, b in edges:
        if score >= names.THRESHOLD and not _needs_context(a, b, score):
            _join_groups(clusters, groups, a, b, score, None)
    context = Context(mentions)
    _join_same_names(clusters, groups, context)
    for score, a, b in edges:
        if _needs_context(a, b, score):
            _join_groups(clusters, groups, a, b, score, context)
    _join_one_word_people(clusters, context)
    return clusters, applied, unmatched


def canonical_ids(clusters: Clusters) -> list[str]:
    """Each mention's canonical id: the starting id of its cluster's first entity (lowest document id, then entity number)."""
    first: dict[int, int] = {}
    for i, m in enumerate(clusters.mentions):  # mentions are in that order
        first.setdefault(clusters.find(i), i)
    ids = []
    for i in range(len(clusters.mentions)):
        earliest = clusters.mentions[first[clusters.find(i)]]
        ids.append(canonical_id(earliest.document, earliest.local_id))
    return ids


def resolve(engine: Engine) -> ResolveSummary:
    """Resolve every current entity across documents and rewrite `entities.canonical_id` in one transaction."""
    started = time.perf_counter()
    names.compare("Ahmed al-Sharaa", "Ahmad al-Shara", "person")  # load the name database before taking the lock
    # Read and write in one writer transaction: two ingests resolving at once then take turns,
    # and the later one decides from everything both stored.
    with writing(engine) as conn:
        mentions = load_mentions(conn)
        judgements = load(conn)
        carried = current_documents(conn)
        clusters, applied, unmatched = cluster(mentions, judgements, carried)
        ids = canonical_ids(clusters)
        changes = [{"d": m.document, "l": m.local_id, "old": m.canonical_id, "new": new}
                   for m, new in zip(mentions, ids) if new != m.canonical_id]
        if changes:
            conn.execute(
                update(entities)
                .where(entities.c.document_id == bindparam("d"), entities.c.local_id == bindparam("l"),
                       entities.c.canonical_id == bindparam("old"))
                .values(canonical_id=bindparam("new")),
                changes,
            )
    sizes = Counter(ids)
    return ResolveSummary(
        entities=len(mentions), actors=len(sizes), merged=sum(1 for i in ids if sizes[i] > 1), changed=len(changes),
        judgements=applied, unmatched=unmatched, seconds=time.perf_counter() - started,
    )
