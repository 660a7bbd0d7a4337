"""Compare names of people, organisations, groups and places across spellings.

Conflict reporting spells one actor many ways (Makhlouf/Makhluf, Ahmed/Ahmad
al-Sharaa, Tartous/Tartus, Hezbollah/Hizballah, أحمد الشرع) while different
actors share most of their letters (Bashar/Maher al-Assad, Niger/Nigeria,
"Muhammad bin Salman"/"Salman bin Muhammad"). :func:`compare` scores a pair of
names in ``[0, 1]``; pairs with ``compare(a, b) >= THRESHOLD`` are taken to
name the same actor.

What comes from libraries
-------------------------
* ``rigour`` (OpenSanctions' name toolkit) parses names: tokenisation,
  honorific-prefix removal ("Mr.", "President"), legal-form canonicalisation
  ("Aktiengesellschaft" -> "ag", "OAO" -> "ao" with its ``ORG_CLASS``),
  stopword/number tagging, transliteration of Cyrillic/Greek/Armenian/
  Georgian/Hangul (falling back to ``normality``/ICU for Arabic, Han, etc.)
  and, above all, its name database: ``pair_symbols`` links Ahmed/Ahmad/أحمد,
  Usama/Osama, Abdul/"Abd al", "Forty-Four"/44, "PLA"/"People's Liberation
  Army" through shared Wikidata or symbol ids.
* ``rapidfuzz`` gives the plain Levenshtein distance (a cap on the phonetic
  edit cost below, and the syllable distance for Han/Hangul names).

What is written here, and why
-----------------------------
No library does the *policy* of deciding that two multi-token names denote
the same person, so this module adds (all small, documented functions):

* token-wise alignment (greedy over a similarity matrix, with merged tokens
  such as "RamiMakhlouf" and acronyms such as "PLA") -- whole-string
  Jaro-Winkler scores "al-Shami"/"al-Sharaa" above "Ahmed"/"Ahmad al-Shara";
* an evidence model over the alignment: a token present on *both* sides but
  different (Bashar vs Maher, a swapped patronymic or nisbah) is a conflict
  and is penalised hard; an extra token on one side (a dropped middle name)
  only mildly for people, but hard for organisations and places ("Deutsche
  Bank Trust Company" is not "Deutsche Bank"); differing numbers ("Brigade 44"
  vs "Brigade 45") and differing legal forms are conflicts;
* Arabic article handling (al-/el-/ad-/ash-/ul-/ur-, and the ال prefix of
  Arabic script), patronymic particles (bin/ibn/ben/بن) and the detection of
  reversed patronymic chains ("X bin Y" vs "Y bin X");
* a transliteration-variant key and a phonetic edit cost (``ou``->``u``,
  ``q``->``k``, ``zh``/``dj``->``j``, doubled letters, cheap vowel
  substitutions but full-price vowel insertions, so Tartous = Tartus and
  Hezbollah ~ Hizballah while Niger != Nigeria), and a consonant skeleton for
  comparing vowel-less Arabic/Hebrew/Persian script with Latin spellings;
* syllable-level comparison for Han/Hangul/Kana names, where one changed
  character is a different name (习近平 vs 习近朋).

nomenklatura's LogicV2 matcher builds on the same rigour primitives but is not
used: it pins scikit-learn and pulls duckdb and mypy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from rapidfuzz.distance import Levenshtein
from rigour.names import (
    Name,
    NamePartTag,
    NameTypeTag,
    SymbolCategory,
    analyze_names,
    pair_symbols,
)
from rigour.text.translit import ascii_text

__all__ = [
    "THRESHOLD",
    "Comparison",
    "best_match",
    "block_keys",
    "compare",
    "explain",
    "guess_kind",
    "is_same",
    "kind_of",
    "name_key",
    "normalize",
    "token_similarity",
]

#: Names with ``compare(a, b) >= THRESHOLD`` are the same actor. Chosen on
#: OpenSanctions' labelled pairs (see docs/names.md); the same value is used
#: for every entity type, the type-specific strictness lives in the penalties.
THRESHOLD: float = 0.8

# --------------------------------------------------------------------------
# Entity kinds
# --------------------------------------------------------------------------

PERSON = "person"
ORGANIZATION = "organization"
LOCATION = "location"
OBJECT = "object"
ENTITY = "entity"

_SCHEMA_KINDS: dict[str, str] = {
    "person": PERSON,
    "people": PERSON,
    "per": PERSON,
    "organization": ORGANIZATION,
    "organisation": ORGANIZATION,
    "org": ORGANIZATION,
    "group": ORGANIZATION,
    "armedgroup": ORGANIZATION,
    "company": ORGANIZATION,
    "publicbody": ORGANIZATION,
    "legalentity": ENTITY,
    "location": LOCATION,
    "place": LOCATION,
    "loc": LOCATION,
    "gpe": LOCATION,
    "address": LOCATION,
    "vessel": OBJECT,
    "airplane": OBJECT,
    "vehicle": OBJECT,
    "asset": OBJECT,
}

_RIGOUR_TAGS: dict[str, NameTypeTag] = {
    PERSON: NameTypeTag.PER,
    ORGANIZATION: NameTypeTag.ORG,
    ENTITY: NameTypeTag.ENT,
    OBJECT: NameTypeTag.OBJ,
    LOCATION: NameTypeTag.UNK,
}


def kind_of(schema: str | None) -> str:
    """Map an entity type or FtM schema name to one of this module's kinds.

    ``'person'``/``'Person'`` -> person; ``'organization'``, ``'group'``,
    ``'Company'``, ``'Organization'`` -> organization; ``'LegalEntity'`` or
    ``None`` -> entity (type unknown); ``'location'`` -> location;
    ``'Vessel'`` -> object. Unknown strings give entity.
    """
    if not schema:
        return ENTITY
    key = re.sub(r"[^a-z]", "", schema.lower())
    return _SCHEMA_KINDS.get(key, ENTITY)


# --------------------------------------------------------------------------
# Normalisation and transliteration variants (hand-written: see docstring)
# --------------------------------------------------------------------------

# Arabic definite article written with a hyphen in Latin script:
# al-Assad, el-Sisi, ad-Din, ash-Sharaa, Zia-ul-Haq, Zia-ur-Rahman.
_ARTICLE_RE = re.compile(
    r"(?<![^\W\d_])(?:al|el|ul|ad|ed|ud|ar|er|ur|as|es|us|ash|esh|ush|at|et|ut|"
    r"ath|adh|az|ez|uz|an|en|un)[-\u2010\u2011](?=[^\W\d_])",
    re.IGNORECASE,
)
_APOSTROPHES_RE = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u02be\u02bf\u0060\u00b4]")
_ALIAS_SPLIT_RE = re.compile(r"\s*/\s*")

# fmt: off
#: Particles carrying little identity: articles, patronymic/kunya markers,
#: nobiliary particles. Tokens (after transliteration).
_ARTICLES = frozenset({"al", "el", "ul", "the"})
_PATRONYMIC = frozenset({"bin", "ibn", "ben", "bint", "binti", "bn", "ibnu", "ould", "walad", "bte"})
_PARTICLES = frozenset(
    {
        "abu", "abou", "umm", "de", "del", "della", "der", "den", "di", "da", "dos", "das",
        "du", "van", "von", "la", "le", "y", "zu", "ter", "ten", "na", "of", "and", "und",
        "et", "for", "in", "on",
    }
)
#: Titles, ranks and honorifics that rigour does not strip (it strips Mr., Dr.,
#: President ...). Kept as low-weight tokens wherever they occur.
_TITLES = frozenset(
    {
        "sheikh", "shaikh", "shaykh", "sheik", "haji", "hajji", "hadji", "mullah", "mulla",
        "mawlawi", "maulvi", "mawlavi", "molvi", "maulana", "qari", "ayatollah", "hojatoleslam",
        "col", "colonel", "gen", "general", "maj", "major", "brig", "brigadier", "lt",
        "lieutenant", "capt", "captain", "cmdr", "commander", "sgt", "sergeant", "field",
        "marshal", "admiral", "mr", "mrs", "ms", "dr", "prof", "president", "minister",
    }
)
# Words that are titles but also given names (Sultan, Sayed, Amir, Imam) are
# deliberately absent: "Mahmood Ahmed X" vs "Mahmood Sultan X" is a conflict.
# Russian/Belarusian/Ukrainian patronymics ("Viktorovich") come and go.
_PATRONYMIC_SUFFIX_RE = re.compile(r"(?:ovich|evich|ovych|evych|ovitch|evitch|ovna|evna|ivna|ichna|oglu|ogly|kyzy)$")

#: Words that say what kind of organisation or place something is rather
#: than which one. Low weight, so "Homs Refinery Company" ~ "Homs Refinery".
_GENERIC_ORG = frozenset(
    {
        "company", "co", "corporation", "corp", "incorporated", "inc", "limited", "ltd",
        "group", "grp", "holding", "holdings", "plc", "llc", "the",
    }
)
_GENERIC_PLACE = frozenset(
    {
        "governorate", "province", "provincia", "muhafazat", "muhafazah", "wilayat",
        "wilaya", "district", "subdistrict", "city", "town", "village", "region",
        "countryside", "camp", "municipality", "county", "oblast", "raion", "of",
    }
)

#: Generational suffixes: "Ali Mamlouk Jr" is the son of "Ali Mamlouk".
_GENERATION = frozenset({"jr", "junior", "sr", "senior"})
# fmt: on

_VOWELS = frozenset("aeiou")
_CLOSE_VOWELS = {frozenset("ei"), frozenset("ou")}

# Ordered digraph rewrites for the transliteration-variant key.
_KEY_RULES: tuple[tuple[str, str], ...] = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "h"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ey", "ei"),
    ("ay", "ai"),
    ("q", "k"),
    ("w", "v"),
    ("x", "ks"),
)

# Pairs of letters that transliterations commonly swap: cost of substitution.
_CONFUSABLE: dict[frozenset[str], float] = {
    frozenset("kc"): 0.3,
    frozenset("kg"): 0.6,
    frozenset("sz"): 0.4,
    frozenset("sc"): 0.5,
    frozenset("jy"): 0.4,
    frozenset("iy"): 0.3,
    frozenset("vf"): 0.5,
    frozenset("vu"): 0.6,
    frozenset("dt"): 0.6,
    frozenset("bp"): 0.6,
    frozenset("jg"): 0.6,
    frozenset("hk"): 0.7,
    frozenset("01"): 1.5,
}
# Digits typed for letters ("Ig0r Sech1n").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g"})


def normalize(name: str) -> str:
    """Return a display-independent form of a name: NFKC, casefolded, ASCII
    transliteration (Arabic, Cyrillic, Greek, Han ... via rigour/normality),
    apostrophes and ʿayn dropped, punctuation to spaces, Arabic hyphenated
    articles split ("ash-Sharaa" -> "al sharaa").

    >>> normalize("Ahmad al-Shara'")
    'ahmad al shara'
    """
    text = _prepare_raw(name)
    text = ascii_text(text).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _prepare_raw(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "")
    text = _APOSTROPHES_RE.sub("", text)
    text = text.replace("&", " and ")
    text = _ARTICLE_RE.sub("al ", text)
    return text


def _variant_key(latin: str) -> str:
    """Transliteration-variant key of one Latin token: digraphs unified,
    doubled letters collapsed, ``y`` between letters read as ``i``."""
    key = latin
    for old, new in _KEY_RULES:
        if old in key:
            key = key.replace(old, new)
    if "c" in key:
        key = re.sub(r"c(?=[eiy])", "s", key)
        key = re.sub(r"c(?!h)", "k", key)
    key = re.sub(r"(?<=[a-z])y", "i", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    if len(key) > 3 and key.endswith("h") and key[-2] in _VOWELS:
        key = key[:-1]
    return key


def _skeleton(latin: str, abjad: bool = False) -> str:
    """Consonant skeleton used to compare vowel-less scripts with Latin."""
    key = _variant_key(latin)
    key = key.replace("ch", "sh")
    # vowels, the matres lectionis w/y, and h (ح/ه/ة, or half of a digraph:
    # "th" is ت+ح in "thryr" = Tahrir) are what transliterations disagree on
    drop = _VOWELS | {"y", "v", "h"} if abjad else _VOWELS | {"y", "v"}
    key = "".join(c for c in key if c not in drop)
    key = re.sub(r"(.)\1+", r"\1", key)
    return key


def _script(text: str) -> str:
    """Coarse script class of a token: latin, abjad, syllabic or other."""
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith(("ARABIC", "HEBREW", "SYRIAC")):
            return "abjad"
        if name.startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA")):
            return "syllabic"
        if name.startswith("LATIN"):
            continue
        return "other"
    return "latin"


# --------------------------------------------------------------------------
# Parsed names
# --------------------------------------------------------------------------

W_FULL = 1.0
W_INITIAL = 0.5
W_TITLE = 0.25
W_PARTICLE = 0.15
W_GENERIC = 0.3
W_PATRONYM = 0.6


@dataclass(frozen=True)
class Token:
    """One token of a parsed name."""

    index: int
    form: str  # rigour's normalised form in the original script
    latin: str  # ASCII transliteration
    key: str  # transliteration-variant key
    script: str
    weight: float
    role: str  # word, initial, number, particle, patronymic, title, generic
    number: int | None = None

    @property
    def informative(self) -> bool:
        return self.weight >= W_INITIAL


@dataclass(frozen=True)
class Parsed:
    """A name parsed for comparison."""

    original: str
    kind: str
    tokens: tuple[Token, ...]
    name: Name | None
    legal: frozenset[str] = field(default_factory=frozenset)
    part_map: tuple[int, ...] = ()  # rigour part index -> token index (-1 if dropped)
    legal_forms: tuple[str, ...] = ()

    @property
    def compact(self) -> str:
        """Transliteration key of the whole name without spaces, particles
        and numbers (numbers are compared separately)."""
        return _variant_key("".join(t.latin for t in self.tokens if t.role not in ("particle", "number")))

    @property
    def compact_full(self) -> str:
        """:attr:`compact` with the legal forms appended ("SiemensAG")."""
        return _variant_key(
            "".join(t.latin for t in self.tokens if t.role not in ("particle", "number"))
            + "".join(re.sub(r"[^a-z0-9]", "", ascii_text(f).lower()) for f in self.legal_forms)
        )

    @property
    def numbers(self) -> frozenset[int]:
        return frozenset(t.number for t in self.tokens if t.number is not None)


def _number_symbols(name: Name) -> dict[int, int]:
    out: dict[int, int] = {}
    for span in name.spans:
        if span.symbol.category == SymbolCategory.NUMERIC and len(span.parts) == 1:
            try:
                out[span.parts[0].index] = int(span.symbol.id)
            except ValueError:
                continue
    return out


def _role_of(latin: str, tag: NamePartTag, kind: str, position: int, count: int) -> tuple[str, float]:
    if kind in (PERSON, ENTITY) and len(latin) == 1 and latin.isalpha() and count > 1:
        return "initial", W_INITIAL
    if latin in _ARTICLES or (tag == NamePartTag.STOP and kind not in (PERSON, ENTITY)):
        # rigour's multilingual stopwords include Korean and Chinese syllables
        # ("un", "il"), so people's names use this module's particle lists only
        return "particle", W_PARTICLE
    if latin in _PATRONYMIC:
        return "patronymic", W_PARTICLE
    if latin in _PARTICLES and count > 1:
        return "particle", W_PARTICLE
    if kind in (PERSON, ENTITY) and latin in _TITLES and count > 1:
        return "title", W_TITLE
    if kind in (ORGANIZATION, ENTITY, OBJECT) and latin in _GENERIC_ORG and count > 1:
        return "generic", W_GENERIC
    if kind == LOCATION and latin in _GENERIC_PLACE and count > 1:
        return "generic", W_GENERIC
    if len(latin) == 1 and latin.isalpha():
        return "initial", W_INITIAL
    if kind in (PERSON, ENTITY) and count > 2 and _PATRONYMIC_SUFFIX_RE.search(latin):
        return "patronym", W_PATRONYM
    return "word", W_FULL


def _token_from_form(form: str, index: int, tag: NamePartTag, kind: str, position: int, count: int) -> Token:
    script = _script(form)
    latin = re.sub(r"[^a-z0-9]", "", ascii_text(form).lower())
    if (tag == NamePartTag.NUM or latin.isdigit()) and not (kind == PERSON and latin.isalpha()):
        number = int(latin) if latin.isdigit() and len(latin) < 18 else None
        return Token(index, form, latin, latin, script, W_FULL, "number", number)
    role, weight = _role_of(latin, tag, kind, position, count)
    if script == "abjad" and latin in ("bn", "bin", "ibn"):
        role, weight = "patronymic", W_PARTICLE
    key = _variant_key(latin.translate(_LEET) if any(c.isalpha() for c in latin) else latin)
    return Token(index, form, latin, key, script, weight, role)


@lru_cache(maxsize=8192)
def _parse(name: str, kind: str) -> Parsed:
    raw = _prepare_raw(name)
    tag = _RIGOUR_TAGS[kind]
    names = analyze_names(tag, [raw], consolidate=False, phonetics=False) if raw.strip() else set()
    if not names:
        return Parsed(name, kind, (), None)
    parsed = max(names, key=lambda n: len(n.parts))
    numbers = _number_symbols(parsed)
    legal: set[str] = set()
    for span in parsed.spans:
        if span.symbol.category == SymbolCategory.ORG_CLASS:
            legal.add(span.symbol.id)
    forms: list[tuple[str, int, NamePartTag]] = []
    part_map: list[int] = []
    legal_forms: list[str] = []
    for part in parsed.parts:
        if part.tag == NamePartTag.LEGAL and kind != PERSON and part.index not in numbers:
            part_map.append(-1)
            legal_forms.append(part.form)
            continue
        form = part.form
        if _script(form) == "abjad" and form.startswith("ال") and len(form) > 3:
            forms.append(("ال", part.index, NamePartTag.STOP))
            form = form[2:]
        part_map.append(len(forms))
        forms.append((form, part.index, part.tag))
    tokens: list[Token] = []
    for pos, (form, idx, ptag) in enumerate(forms):
        tok = _token_from_form(form, pos, ptag, kind, pos, len(forms))
        if idx in numbers and tok.number is None and not (kind in (PERSON, ENTITY) and len(tok.latin) == 1):
            tok = Token(tok.index, tok.form, tok.latin, str(numbers[idx]), tok.script, W_FULL, "number", numbers[idx])
        tokens.append(tok)
    return Parsed(name, kind, tuple(tokens), parsed, frozenset(legal), tuple(part_map), tuple(legal_forms))


# --------------------------------------------------------------------------
# Token similarity
# --------------------------------------------------------------------------


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return 0.3 if frozenset((a, b)) in _CLOSE_VOWELS else 0.45
    return _CONFUSABLE.get(frozenset((a, b)), 1.0)


def _indel_cost(c: str) -> float:
    return 1.0 if not c.isdigit() else 1.5


@lru_cache(maxsize=65536)
def _edit_cost(a: str, b: str) -> float:
    """Weighted Levenshtein with cheap vowel and confusable substitutions and
    adjacent transpositions; insertions/deletions are full price."""
    if a == b:
        return 0.0
    la, lb = len(a), len(b)
    prev2: list[float] = []
    prev = [float(j) for j in range(lb + 1)]
    for i in range(1, la + 1):
        cur = [float(i)] + [0.0] * lb
        for j in range(1, lb + 1):
            best = min(
                prev[j] + _indel_cost(a[i - 1]),
                cur[j - 1] + _indel_cost(b[j - 1]),
                prev[j - 1] + _sub_cost(a[i - 1], b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, prev2[j - 2] + 0.8)
            cur[j] = best
        prev2, prev = prev, cur
    return min(prev[lb], float(Levenshtein.distance(a, b)))


#: Edits allowed grow with token length only up to this many letters: two
#: edits in a long surname are as telling as in a short one.
LENGTH_CAP = 10


def _string_sim(a: str, b: str, floor: float = 0.0) -> float:
    """``1 - cost / length`` (length capped at :data:`LENGTH_CAP`); returns
    0.0 early when the length difference alone puts it below ``floor``."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    length = min(max(len(a), len(b)), LENGTH_CAP)
    if 1.0 - abs(len(a) - len(b)) / length < floor:
        return 0.0
    cost = _edit_cost(a, b)
    return max(0.0, 1.0 - cost / length)


def _syllable_sim(a: str, b: str) -> float:
    """Han/Hangul/Kana: each character is a syllable; one differing syllable
    is a different name."""
    if a == b:
        return 1.0
    dist = Levenshtein.distance(a, b)
    return max(0.0, 1.0 - 2.0 * dist / max(len(a), len(b)))


def token_similarity(a: Token, b: Token) -> float:
    """Similarity of two tokens in ``[0, 1]`` (no symbol evidence)."""
    if a.role == "number" or b.role == "number":
        if a.number is not None and b.number is not None:
            return 1.0 if a.number == b.number else 0.0
        return 1.0 if a.latin == b.latin else 0.0
    if a.role == "initial" or b.role == "initial":
        if a.role == "initial" and b.role == "initial":
            return 1.0 if a.latin == b.latin else 0.0
        longer = b if a.role == "initial" else a
        short = a if a.role == "initial" else b
        return 0.85 if longer.latin[:1] == short.latin else 0.0
    if a.form == b.form:
        return 1.0
    if a.script == "syllabic" and b.script == "syllabic":
        return _syllable_sim(a.form, b.form)
    if a.script != b.script and "abjad" in (a.script, b.script):
        sa = _skeleton(a.latin, abjad=True)
        sb = _skeleton(b.latin, abjad=True)
        return 0.9 * _string_sim(sa, sb)
    if a.key == b.key:
        return 0.97 if a.latin != b.latin else 1.0
    sim = _string_sim(a.key, b.key)
    if a.script != b.script:
        sim = max(sim, 0.95 * _string_sim(a.latin, b.latin))
    return sim


# --------------------------------------------------------------------------
# Alignment
# --------------------------------------------------------------------------

#: Score of a token pair linked only through rigour's name database.
SYMBOL_SCORES: dict[SymbolCategory, float] = {
    SymbolCategory.NAME: 0.93,
    SymbolCategory.NICK: 0.9,
    SymbolCategory.NUMERIC: 1.0,
    SymbolCategory.SYMBOL: 0.95,
    SymbolCategory.DOMAIN: 0.95,
    SymbolCategory.LOCATION: 0.95,
    SymbolCategory.ORG_CLASS: 1.0,
    SymbolCategory.INITIAL: 0.85,
    SymbolCategory.PHONETIC: 0.8,
}

MATCH_FLOOR = 0.75  # token pairs below this are conflicts, not matches
MERGE_FLOOR = 0.85  # merged tokens ("RamiMakhlouf") must be at least this close


@dataclass
class Pair:
    """Aligned tokens: ``left``/``right`` are token indexes on each side."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    how: str


@dataclass
class Alignment:
    pairs: list[Pair]
    left_rest: list[int]
    right_rest: list[int]


def _symbol_links(a: Parsed, b: Parsed) -> tuple[dict[tuple[int, int], float], list[Pair]]:
    """Token-pair boosts and multi-token clusters from rigour's symbols."""
    links: dict[tuple[int, int], float] = {}
    clusters: list[Pair] = []
    if a.name is None or b.name is None:
        return links, clusters
    try:
        pairings = pair_symbols(a.name, b.name)
    except Exception:  # pragma: no cover - defensive, rigour is native code
        return links, clusters
    if not pairings:
        return links, clusters
    best = max(pairings, key=lambda p: sum(len(al.qps) + len(al.rps) for al in p))
    for al in best:
        if al.symbol is None:
            continue
        cat = al.symbol.category
        if cat == SymbolCategory.ORG_CLASS:
            continue
        score = SYMBOL_SCORES.get(cat, 0.9)
        left = tuple(sorted({a.part_map[p.index] for p in al.qps if a.part_map[p.index] >= 0}))
        right = tuple(sorted({b.part_map[p.index] for p in al.rps if b.part_map[p.index] >= 0}))
        if not left or not right:
            continue
        if len(left) == 1 and len(right) == 1:
            key = (left[0], right[0])
            links[key] = max(links.get(key, 0.0), score)
        else:
            joined_a = _variant_key("".join(a.tokens[i].latin for i in left))
            joined_b = _variant_key("".join(b.tokens[j].latin for j in right))
            score = max(score, _string_sim(joined_a, joined_b))
            clusters.append(Pair(left, right, score, f"symbol:{cat.value}"))
    return links, clusters


def _acronym_of(tok: Token, others: Sequence[Token], free: Sequence[int]) -> tuple[int, ...] | None:
    """Is ``tok`` (e.g. "pla", "jc") the initials of consecutive free tokens?"""
    letters = tok.latin
    if not (2 <= len(letters) <= 6) or not letters.isalpha():
        return None
    run = [i for i in free if others[i].role in ("word", "generic", "initial")]
    for start in range(len(run)):
        seq = run[start : start + len(letters)]
        if len(seq) != len(letters):
            break
        if any(seq[k + 1] - seq[k] > 2 for k in range(len(seq) - 1)):
            continue
        if "".join(others[i].latin[:1] for i in seq) == letters:
            return tuple(seq)
    return None


def _merge_candidates(tok: Token, others: Sequence[Token], free: Sequence[int]) -> tuple[tuple[int, ...], float] | None:
    """Best run of 2-4 consecutive free tokens whose concatenation is ``tok``."""
    best: tuple[tuple[int, ...], float] | None = None
    free_sorted = sorted(free)
    for start in range(len(free_sorted)):
        for size in (2, 3, 4):
            seq = free_sorted[start : start + size]
            if len(seq) < size or seq[-1] - seq[0] != size - 1:
                break
            joined = _variant_key("".join(others[i].latin for i in seq))
            sim = _string_sim(tok.key, joined, MERGE_FLOOR)
            if sim >= MERGE_FLOOR and (best is None or sim > best[1]):
                best = (tuple(seq), sim)
    return best


def _align(a: Parsed, b: Parsed) -> Alignment:
    """Align the tokens of two names: rigour symbol clusters first, then
    merged/split tokens ("RamiMakhlouf"), then 1:1 pairs greedily by
    similarity, then acronyms among what is left."""
    ta, tb = a.tokens, b.tokens
    links, clusters = _symbol_links(a, b)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[Pair] = []
    for cl in sorted(clusters, key=lambda c: -(len(c.left) + len(c.right))):
        if used_a.intersection(cl.left) or used_b.intersection(cl.right):
            continue
        pairs.append(cl)
        used_a.update(cl.left)
        used_b.update(cl.right)

    sims: dict[tuple[int, int], tuple[float, str]] = {}
    for i, x in enumerate(ta):
        if i in used_a:
            continue
        for j, y in enumerate(tb):
            if j in used_b:
                continue
            sim, how = token_similarity(x, y), "string"
            sym = links.get((i, j))
            if sym is not None and sym > sim and x.role != "initial" and y.role != "initial":
                sim, how = sym, "symbol"
            sims[(i, j)] = (sim, how)
    best_a = {i: max((v[0] for (x, _), v in sims.items() if x == i), default=0.0) for i in range(len(ta))}
    best_b = {j: max((v[0] for (_, y), v in sims.items() if y == j), default=0.0) for j in range(len(tb))}

    # merged / split tokens: accepted when the merge explains the tokens
    # better than any 1:1 pairing does
    for side in (0, 1):
        src, dst = (ta, tb) if side == 0 else (tb, ta)
        used_src, used_dst = (used_a, used_b) if side == 0 else (used_b, used_a)
        best_src, best_dst = (best_a, best_b) if side == 0 else (best_b, best_a)
        for i, tok in enumerate(src):
            if i in used_src or tok.role not in ("word", "generic"):
                continue
            free = [j for j in range(len(dst)) if j not in used_dst]
            merged = _merge_candidates(tok, dst, free)
            if merged is None:
                continue
            seq, sim = merged
            if sim <= best_src[i] or any(sim <= best_dst[j] for j in seq):
                continue
            used_src.add(i)
            used_dst.update(seq)
            pairs.append(Pair((i,), seq, sim, "merge") if side == 0 else Pair(seq, (i,), sim, "merge"))

    cands: list[tuple[float, float, int, int, str]] = []
    for (i, j), (sim, how) in sims.items():
        if sim >= MATCH_FLOOR and i not in used_a and j not in used_b:
            # tie-break: prefer tokens at similar relative position
            pos = abs(i / max(len(ta), 1) - j / max(len(tb), 1))
            cands.append((sim, -pos, i, j, how))
    cands.sort(reverse=True)
    for sim, _pos, i, j, how in cands:
        if i in used_a or j in used_b:
            continue
        pairs.append(Pair((i,), (j,), sim, how))
        used_a.add(i)
        used_b.add(j)

    for side in (0, 1):
        src, dst = (ta, tb) if side == 0 else (tb, ta)
        used_src, used_dst = (used_a, used_b) if side == 0 else (used_b, used_a)
        for i, tok in enumerate(src):
            if i in used_src or tok.role != "word":
                continue
            free = [j for j in range(len(dst)) if j not in used_dst]
            acro = _acronym_of(tok, dst, free)
            if acro is None:
                continue
            used_src.add(i)
            used_dst.update(acro)
            pairs.append(Pair((i,), acro, 0.9, "acronym") if side == 0 else Pair(acro, (i,), 0.9, "acronym"))

    left_rest = [i for i in range(len(ta)) if i not in used_a]
    right_rest = [j for j in range(len(tb)) if j not in used_b]
    return Alignment(pairs, left_rest, right_rest)


# --------------------------------------------------------------------------
# Scoring policy
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Policy:
    """How strongly each kind of disagreement counts, per entity kind."""

    conflict: float  # factor per conflicting token pair (weight-scaled)
    extra: float  # factor per unit of extra (one-sided) token weight
    lone_extra: float  # extra factor when the shorter name has one informative token
    number_extra: float  # factor when only one side carries a number


POLICIES: dict[str, Policy] = {
    PERSON: Policy(conflict=0.45, extra=0.93, lone_extra=0.78, number_extra=0.9),
    ENTITY: Policy(conflict=0.45, extra=0.8, lone_extra=0.75, number_extra=0.85),
    ORGANIZATION: Policy(conflict=0.45, extra=0.62, lone_extra=0.75, number_extra=0.75),
    OBJECT: Policy(conflict=0.45, extra=0.62, lone_extra=0.75, number_extra=0.8),
    LOCATION: Policy(conflict=0.4, extra=0.55, lone_extra=0.7, number_extra=0.8),
}

NUMBER_CONFLICT = 0.5
LEGAL_CONFLICT = 0.7
PATRONYMIC_REVERSAL = 0.3
INITIALS_ONLY_CAP = 0.6
SKELETON_MISMATCH = 0.85
PREFIXED_CHAIN = 0.75


@dataclass
class Comparison:
    """Outcome of :func:`explain`: the score and the evidence behind it."""

    score: float
    kind: str
    base: float = 0.0
    pairs: list[tuple[str, str, float, str]] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    factors: dict[str, float] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        return self.score >= THRESHOLD


def _pair_weight(a: Parsed, b: Parsed, pair: Pair) -> float:
    wa = max(a.tokens[i].weight for i in pair.left)
    wb = max(b.tokens[j].weight for j in pair.right)
    return max(wa, wb)


def _relations(p: Parsed) -> list[tuple[int, int]]:
    """(child, parent) token index pairs from "X bin Y" chains."""
    rels: list[tuple[int, int]] = []
    toks = p.tokens
    for k, tok in enumerate(toks):
        if tok.role != "patronymic":
            continue
        before = [i for i in range(k - 1, -1, -1) if toks[i].role == "word"]
        after = [i for i in range(k + 1, len(toks)) if toks[i].role == "word"]
        if before and after:
            rels.append((before[0], after[0]))
    return rels


def _reversed_patronymic(a: Parsed, b: Parsed, al: Alignment) -> bool:
    ra, rb = _relations(a), _relations(b)
    if not ra or not rb:
        return False
    m: dict[int, set[int]] = {}
    for pair in al.pairs:
        for i in pair.left:
            m.setdefault(i, set()).update(pair.right)
    rb_set = set(rb)
    for child, parent in ra:
        for pc in m.get(parent, ()):
            for cc in m.get(child, ()):
                if (pc, cc) in rb_set and pc != cc:
                    return True
    return False


def _word_count(p: Parsed) -> int:
    return sum(1 for t in p.tokens if t.role == "word")


def _apply_skeleton_check(a: Parsed, b: Parsed, al: Alignment, kind: str) -> None:
    """Place names, and one-word names of unknown type (which are often
    places), carry no context to forgive a changed consonant: Gambia/Zambia,
    Slovakia/Slovenia, Hamas/Hama differ in their consonant skeleton while
    Tartous/Tartus and Hezbollah/Hizballah do not. Typed one-word company or
    group names keep the plain similarity (brand typos: Chevon/Chevron)."""
    if kind != LOCATION and not (kind == ENTITY and _word_count(a) == 1 and _word_count(b) == 1):
        return
    for pair in al.pairs:
        if pair.how != "string" or pair.score >= 1.0 or len(pair.left) != 1:
            continue
        x, y = a.tokens[pair.left[0]], b.tokens[pair.right[0]]
        if x.role != "word" or y.role != "word":
            continue
        abjad = "abjad" in (x.script, y.script)
        if _skeleton(x.latin, abjad) != _skeleton(y.latin, abjad):
            pair.score *= SKELETON_MISMATCH


def _word_map(a: Parsed, b: Parsed, al: Alignment) -> dict[int, int]:
    """Left word token -> the right word token it is aligned with."""
    out: dict[int, int] = {}
    for pair in al.pairs:
        right = [j for j in pair.right if b.tokens[j].role == "word"]
        if not right:
            continue
        for i in pair.left:
            if a.tokens[i].role == "word":
                out[i] = right[0]
    return out


def _swapped_chain(a: Parsed, b: Parsed, al: Alignment) -> bool:
    """Swapped chain, as in "Ahmed Hussein al-Sharaa" vs "Hussein Ahmed al-Sharaa": the given name
    and the father's name trade places while the family name stays put --
    a father and his son, not one person."""
    wa = [i for i, t in enumerate(a.tokens) if t.role == "word"]
    wb = [j for j, t in enumerate(b.tokens) if t.role == "word"]
    if len(wa) < 3 or len(wb) < 3:
        return False
    m = _word_map(a, b, al)
    return m.get(wa[0]) == wb[1] and m.get(wa[1]) == wb[0] and m.get(wa[-1]) == wb[-1]


def _prefixed_chain(a: Parsed, b: Parsed, al: Alignment) -> bool:
    """Prefixed chain, as in "Ahmed Ali Abdullah Saleh" vs "Ali Abdullah Saleh": a full chain of
    given name, father and family (three or more words) with one more given
    name in front is the son, not the same man. Shorter names ("Boris
    Johnson") are not chains and keep the mild extra-token penalty."""
    if any(t.latin in _PARTICLES for t in a.tokens + b.tokens):
        return False  # "Boris de Pfeffel Johnson": a European name, not a chain
    for short, long_, left_is_short in ((a, b, True), (b, a, False)):
        ws = [i for i, t in enumerate(short.tokens) if t.role == "word"]
        wl = [j for j, t in enumerate(long_.tokens) if t.role == "word"]
        if len(ws) < 3 or len(wl) <= len(ws):
            continue
        if left_is_short:
            m = _word_map(a, b, al)
        else:
            m = {v: k for k, v in _word_map(a, b, al).items()}
        if not all(i in m for i in ws):
            continue
        first = min(m[i] for i in ws)
        if any(j < first for j in wl) and all(m[ws[k]] < m[ws[k + 1]] for k in range(len(ws) - 1)):
            return True
    return False


def _generation(p: Parsed) -> frozenset[str]:
    return frozenset(t.latin for t in p.tokens if t.latin in _GENERATION)


def _score(a: Parsed, b: Parsed, kind: str) -> Comparison:
    out = Comparison(0.0, kind)
    if not a.tokens or not b.tokens:
        return out
    policy = POLICIES[kind]
    al = _align(a, b)
    ta, tb = a.tokens, b.tokens
    _apply_skeleton_check(a, b, al, kind)

    weights = [_pair_weight(a, b, p) for p in al.pairs]
    total = sum(weights)
    informative = [(p, w) for p, w in zip(al.pairs, weights, strict=True) if w >= W_INITIAL]
    if not informative or total <= 0:
        out.extras = [ta[i].form for i in al.left_rest] + [tb[j].form for j in al.right_rest]
        return out
    mean = sum(p.score * w for p, w in zip(al.pairs, weights, strict=True)) / total
    weakest = min(p.score for p, _ in informative)
    base = 0.5 * mean + 0.5 * weakest
    out.base = base
    for p in al.pairs:
        out.pairs.append(
            (" ".join(ta[i].form for i in p.left), " ".join(tb[j].form for j in p.right), round(p.score, 3), p.how)
        )

    factor = 1.0
    factors: dict[str, float] = {}

    # conflicts: informative leftovers on both sides, paired up by weight
    left_inf = sorted((ta[i] for i in al.left_rest if ta[i].informative), key=lambda t: -t.weight)
    right_inf = sorted((tb[j] for j in al.right_rest if tb[j].informative), key=lambda t: -t.weight)
    left_num = [t for t in left_inf if t.role == "number"]
    right_num = [t for t in right_inf if t.role == "number"]
    left_words = [t for t in left_inf if t.role != "number"]
    right_words = [t for t in right_inf if t.role != "number"]
    n_conf = min(len(left_words), len(right_words))
    for x, y in zip(left_words[:n_conf], right_words[:n_conf], strict=True):
        f = policy.conflict ** min(x.weight, y.weight)
        factor *= f
        out.conflicts.append((x.form, y.form))
    if n_conf:
        factors["conflict"] = factor

    # numbers: differing numbers are different units/series
    if left_num and right_num:
        factor *= NUMBER_CONFLICT
        factors["number_conflict"] = NUMBER_CONFLICT
    elif left_num or right_num:
        factor *= policy.number_extra
        factors["number_extra"] = policy.number_extra

    # extras: one-sided tokens
    extra_tokens = left_words[n_conf:] + right_words[n_conf:]
    extra_tokens += [ta[i] for i in al.left_rest if not ta[i].informative]
    extra_tokens += [tb[j] for j in al.right_rest if not tb[j].informative]
    extra_weight = sum(t.weight for t in left_words[n_conf:] + right_words[n_conf:])
    extra_weight += 0.3 * sum(t.weight for t in extra_tokens if not t.informative)
    if extra_weight > 0:
        f = policy.extra**extra_weight
        factor *= f
        factors["extra"] = f
        matched_full = sum(1 for p, w in informative if w >= W_FULL)
        if matched_full <= 1 and (left_words[n_conf:] or right_words[n_conf:]):
            factor *= policy.lone_extra
            factors["lone"] = policy.lone_extra
    out.extras = [t.form for t in extra_tokens]

    # legal forms that disagree (AG vs GmbH, ANO vs LLC)
    if a.legal and b.legal and not (a.legal & b.legal):
        factor *= LEGAL_CONFLICT
        factors["legal"] = LEGAL_CONFLICT

    if kind in (PERSON, ENTITY) and _generation(a) != _generation(b):
        factor *= policy.conflict
        factors["generation"] = policy.conflict

    if kind in (PERSON, ENTITY) and _prefixed_chain(a, b, al):
        factor *= PREFIXED_CHAIN
        factors["prefixed_chain"] = PREFIXED_CHAIN

    if _reversed_patronymic(a, b, al) or (kind in (PERSON, ENTITY) and _swapped_chain(a, b, al)):
        factor *= PATRONYMIC_REVERSAL
        factors["reversed_patronymic"] = PATRONYMIC_REVERSAL

    score = base * factor
    # a name made only of initials matches too much
    full_pairs = [
        p
        for p in al.pairs
        if any(ta[i].role == "word" for i in p.left)
        and any(tb[j].role == "word" for j in p.right)
        and not (kind == PERSON and p.how == "acronym")
    ]
    if not full_pairs and not any(ta[i].role == "number" for p in al.pairs for i in p.left):
        score = min(score, INITIALS_ONLY_CAP)
        factors["initials_only"] = INITIALS_ONLY_CAP
    out.factors = factors
    out.score = max(0.0, min(1.0, score))
    return out


def _compact_score(a: Parsed, b: Parsed) -> float:
    """Whole-name comparison for merged/split spellings ("PolPot")."""
    if _word_count(a) == _word_count(b) and len(a.legal_forms) == len(b.legal_forms):
        return 0.0  # same number of words: no merge or split to explain
    if a.numbers != b.numbers:
        return 0.0
    best = 0.0
    for ca, cb in ((a.compact, b.compact), (a.compact_full, b.compact_full)):
        if ca and cb:
            best = max(best, _string_sim(ca, cb))
    return 0.95 * best if best >= 0.9 else 0.0


def _aliases(name: str) -> list[str]:
    """Aliases: "Al-Qa'ida/Islamic Army" names two; keep the whole too."""
    parts = [p for p in _ALIAS_SPLIT_RE.split(name) if p.strip()]
    if len(parts) > 1 and all(len(re.sub(r"\W", "", p)) >= 3 for p in parts):
        return [name] + parts
    return [name]


_ORG_SYMBOLS = (SymbolCategory.ORG_CLASS, SymbolCategory.DOMAIN)


@lru_cache(maxsize=8192)
def guess_kind(name: str) -> str:
    """Guess the kind of an untyped name from rigour's tables: a country or
    city name (``LOCATION`` symbol over the whole name) -> location; a legal
    form, an organisation-type word ("Bank", "Army", "Hezbollah") or a generic
    company word -> organization; two or more words that are mostly known
    person names -> person; anything else -> entity (unknown)."""
    raw = _prepare_raw(name)
    if not raw.strip():
        return ENTITY
    first = re.sub(r"[^a-z]", "", raw.split()[0].lower())
    if first in _TITLES and len(raw.split()) > 1:
        return PERSON  # "Lt. Gen. ...": rigour would read "Lt." as "Ltd"
    analysed = analyze_names(NameTypeTag.ORG, [raw], consolidate=False, phonetics=False)
    org = max(analysed, key=lambda n: len(n.parts), default=None)
    if org is None:
        return ENTITY
    n_parts = len(org.parts)
    for span in org.spans:
        cat = span.symbol.category
        if cat == SymbolCategory.LOCATION and len(span.parts) == n_parts:
            return LOCATION
        if cat in _ORG_SYMBOLS:
            return ORGANIZATION
    if any(p.form in _GENERIC_ORG for p in org.parts):
        return ORGANIZATION
    per = _parse(name, PERSON)
    words = [t for t in per.tokens if t.role == "word"]
    if len(words) >= 2 and per.name is not None:
        named: set[int] = set()
        for span in per.name.spans:
            if span.symbol.category in (SymbolCategory.NAME, SymbolCategory.NICK):
                named.update(per.part_map[p.index] for p in span.parts)
        if sum(1 for t in words if t.index in named) * 3 >= 2 * len(words):
            return PERSON
    return ENTITY


def _resolve_kind(a: str, b: str, schema: str | None) -> str:
    """The kind to compare under: the given schema, else a guess from both
    names (organization wins; location needs both sides to agree or be
    unknown; person needs one side to look like a person name and the other
    not to look like anything else)."""
    if schema:
        return kind_of(schema)
    ka, kb = guess_kind(a), guess_kind(b)
    kinds = {ka, kb}
    if ORGANIZATION in kinds:
        return ORGANIZATION
    if kinds <= {LOCATION, ENTITY} and LOCATION in kinds:
        return LOCATION
    if kinds <= {PERSON, ENTITY} and PERSON in kinds:
        return PERSON
    return ENTITY


def explain(a: str, b: str, schema: str | None = None) -> Comparison:
    """Compare two names and return the score with its evidence: aligned
    tokens, conflicting tokens, one-sided extras and the penalty factors."""
    kind = _resolve_kind(a, b, schema)
    best: Comparison | None = None
    for x in _aliases(a):
        for y in _aliases(b):
            pa, pb = _parse(x, kind), _parse(y, kind)
            res = _score(pa, pb, kind)
            compact = _compact_score(pa, pb)
            if compact > res.score:
                res.score = compact
                res.factors["compact"] = compact
            if best is None or res.score > best.score:
                best = res
    assert best is not None
    return best


@lru_cache(maxsize=65536)
def _compare_cached(a: str, b: str, schema: str | None) -> float:
    if a == b:
        return 1.0 if a.strip() else 0.0
    return explain(a, b, schema).score


def compare(a: str, b: str, schema: str | None = None) -> float:
    """Similarity of two names in ``[0, 1]``; ``>= THRESHOLD`` means same actor.

    ``schema`` is an optional entity type: ``'person'``, ``'organization'``,
    ``'group'``, ``'location'`` or an FtM schema name (``Person``,
    ``Organization``, ``Company``, ``LegalEntity``, ``Vessel``). It sets how
    strongly one-sided extra tokens count (mildly for people, whose middle
    names and patronymics come and go; hard for organisations and places)
    and which prefixes and legal forms are stripped. Symmetric in ``a``/``b``.
    """
    if not a or not b:
        return 0.0
    x, y = (a, b) if a <= b else (b, a)
    return round(_compare_cached(x, y, schema), 4)


def is_same(a: str, b: str, schema: str | None = None, threshold: float | None = None) -> bool:
    """``compare(a, b, schema) >= threshold`` (default :data:`THRESHOLD`)."""
    return compare(a, b, schema) >= (THRESHOLD if threshold is None else threshold)


# --------------------------------------------------------------------------
# Blocking keys for the cross-document resolver
# --------------------------------------------------------------------------


def _informative_tokens(name: str, schema: str | None) -> list[Token]:
    kind = kind_of(schema)
    return [t for t in _parse(name, kind).tokens if t.role in ("word", "number")]


def block_keys(name: str, schema: str | None = None) -> set[str]:
    """Per-token blocking keys: consonant skeletons of the informative tokens,
    the same for Ahmed/Ahmad/أحمد and Makhlouf/Makhluf/مخلوف. Two names worth
    comparing usually share at least one key (cheap candidate generation)."""
    keys: set[str] = set()
    words: list[str] = []
    for tok in _informative_tokens(name, schema):
        if tok.role == "number":
            keys.add(f"#{tok.number if tok.number is not None else tok.latin}")
            continue
        words.append(tok.latin)
        skel = _skeleton(tok.latin, abjad=True)
        keys.add(skel if len(skel) >= 2 else tok.key)
    if len(words) > 1:
        # the whole name run together, for "Hezbollah" vs "حزب الله"
        keys.add("~" + _skeleton("".join(words), abjad=True))
    elif words:
        keys.add("~" + _skeleton(words[0], abjad=True))
    return keys


def name_key(name: str, schema: str | None = None) -> str:
    """Order-independent key of a whole name (sorted :func:`block_keys`),
    e.g. ``name_key("Ahmed al-Sharaa") == name_key("أحمد الشرع")``. Equal keys
    are a strong hint, not proof: confirm with :func:`compare`."""
    return " ".join(sorted(k for k in block_keys(name, schema) if not k.startswith("~")))


def best_match(name: str, candidates: Iterable[str], schema: str | None = None) -> tuple[str | None, float]:
    """The candidate closest to ``name`` and its score (``(None, 0.0)`` if none)."""
    best: tuple[str | None, float] = (None, 0.0)
    for cand in candidates:
        score = compare(name, cand, schema)
        if score > best[1]:
            best = (cand, score)
    return best
