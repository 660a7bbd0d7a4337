"""A scorer inside the package, so that the tests and `actormap evaluate` can score records without ../shared."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actormap.errors import InputError

# The matching rules are those of the shared scorer (../shared/eval/score.py) so that both report the
# same numbers; tests/test_evaluate.py checks the agreement whenever ../shared is present.
SYMMETRIC_RELATIONS = frozenset({"family", "opposes", "allied_with"})
# Particles that spelling varies on ("al-Assad" / "Assad"), dropped before names are compared.
DROPPED_NAME_TOKENS = frozenset({"al", "el", "the", "ad", "as", "ash", "an", "ar"})
VALUE_TOLERANCE = 0.01
QUOTE_MIN_JACCARD = 0.5
QUOTE_MIN_CONTAINMENT = 0.8
PARTS = ("entities", "entities_untyped", "relations", "claims", "claimant", "quotes", "speaker")
GOLD_SUFFIX = ".gold"
TEXT_SUFFIX = ".txt"

Item = Mapping[str, Any]


@dataclass
class Tally:
    """True positives, false positives and false negatives of one part."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, int | float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "p": round(self.precision, 3),
            "r": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass(frozen=True)
class Miss:
    """One scoring error, for verbose output: what kind ("entity FN", "claim FP", ...) and what it was."""

    document: str
    kind: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {"document": self.document, "kind": self.kind, "detail": self.detail}


@dataclass
class DocumentScore:
    """The tallies of one gold document against its record, and the misses behind them."""

    document: str
    parts: dict[str, Tally]
    misses: list[Miss] = field(default_factory=list)
    has_record: bool = True

    def rows(self) -> dict[str, dict[str, int | float]]:
        return {part: self.parts[part].row() for part in PARTS}


@dataclass
class _Misses:
    """Collects misses of one document; `record` is None when nobody asked for them."""

    document: str
    record: list[Miss] | None = None
    gold_names: dict[Any, str] = field(default_factory=dict)  # entity id -> name, for display
    pred_names: dict[Any, str] = field(default_factory=dict)

    def add(self, kind: str, *detail: Any) -> None:
        if self.record is not None:
            self.record.append(Miss(self.document, kind, " ".join(str(d) for d in detail)))

    def gold(self, entity_id: Any) -> str:
        return self.gold_names.get(entity_id, str(entity_id))

    def pred(self, entity_id: Any) -> str:
        return self.pred_names.get(entity_id, str(entity_id))


# --- comparing names, values and quote texts -------------------------------------------------


def normalize_name(name: str | None) -> str:
    """Lower-case, strip accents, punctuation, possessive 's and particles: "Bashar al-Assad's " -> "bashar assad"."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("'s ", " ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(t for t in text.split() if t not in DROPPED_NAME_TOKENS)


def name_keys(entity: Item) -> set[str]:
    """The normalized name and aliases of an entity; two entities match when these sets meet."""
    keys = {normalize_name(entity.get("name", ""))}
    keys.update(normalize_name(alias) for alias in entity.get("aliases", []) or [])
    keys.discard("")
    return keys


def values_close(a: Any, b: Any) -> bool:
    """Whether two claim values agree within 1 % of the larger (values that are not numbers never do)."""
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= VALUE_TOLERANCE * max(abs(x), abs(y), 1e-9)


def quote_tokens(text: str | None) -> set[str]:
    return set(normalize_name(text).split())


def quotes_similar(a: str | None, b: str | None) -> bool:
    """Token overlap: Jaccard >= 0.5, or 80 % of the shorter quote's tokens found in the other."""
    ta, tb = quote_tokens(a), quote_tokens(b)
    if not ta or not tb:
        return False
    shared = len(ta & tb)
    return shared / len(ta | tb) >= QUOTE_MIN_JACCARD or shared / min(len(ta), len(tb)) >= QUOTE_MIN_CONTAINMENT


def _optional(item: Item) -> bool:
    return bool(item.get("optional"))


def _sink(misses: _Misses | None) -> _Misses:
    return misses if misses is not None else _Misses("")


# --- matching each part -----------------------------------------------------------------------


def _find_entity(gold: Item, pred: Sequence[Item], used: set[Any], typed: bool) -> Item | None:
    keys = name_keys(gold)
    for candidate in pred:
        if candidate.get("id") in used:
            continue
        if typed and candidate.get("type") != gold.get("type"):
            continue
        if name_keys(candidate) & keys:
            return candidate
    return None


def match_entities(
    gold: Sequence[Item], pred: Sequence[Item], typed: bool = True, misses: _Misses | None = None
) -> tuple[Tally, dict[Any, str]]:
    """One-to-one greedy matching, required gold first; returns the tally and predicted id -> gold id."""
    tally, sink = Tally(), _sink(misses)
    mapping: dict[Any, str] = {}
    used: set[Any] = set()
    for g in sorted(gold, key=_optional):
        hit = _find_entity(g, pred, used, typed)
        if hit is not None:
            used.add(hit.get("id"))
            mapping[hit.get("id")] = g["id"]
            if not _optional(g):
                tally.tp += 1
        elif not _optional(g):
            tally.fn += 1
            sink.add("entity FN", g.get("type"), g.get("name"))
    for p in pred:
        if p.get("id") not in used:  # unmatched, or a second entity for an already matched referent
            tally.fp += 1
            sink.add("entity FP", p.get("type"), p.get("name"))
    return tally, mapping


def _relation_key(kind: Any, source: Any, target: Any) -> tuple[Any, Any, Any]:
    if kind in SYMMETRIC_RELATIONS:
        source, target = sorted((source, target))
    return (kind, source, target)


def _gold_relation_keys(gold: Sequence[Item]) -> dict[tuple[Any, Any, Any], bool]:
    """Each gold relation key -> whether any gold relation with that key is required."""
    keys: dict[tuple[Any, Any, Any], bool] = {}
    for g in gold:
        key = _relation_key(g["type"], g["source"], g["target"])
        keys[key] = keys.get(key, False) or not _optional(g)
    return keys


def match_relations(
    gold: Sequence[Item], pred: Sequence[Item], mapping: Mapping[Any, str], misses: _Misses | None = None
) -> Tally:
    """A predicted relation matches when its ends map to the gold ends (either order if symmetric) and types agree."""
    tally, sink = Tally(), _sink(misses)
    gold_keys = _gold_relation_keys(gold)
    seen: set[tuple[Any, Any, Any]] = set()
    for p in pred:
        source, target = mapping.get(p.get("source")), mapping.get(p.get("target"))
        key = None if source is None or target is None else _relation_key(p.get("type"), source, target)
        if key is None or key not in gold_keys:
            tally.fp += 1
            sink.add("relation FP", p.get("type"), sink.pred(p.get("source")), "->", sink.pred(p.get("target")))
        elif key not in seen:  # a repeated relation is not punished twice
            seen.add(key)
            if gold_keys[key]:
                tally.tp += 1
    for key, required in gold_keys.items():
        if required and key not in seen:
            tally.fn += 1
            sink.add("relation FN", key[0], sink.gold(key[1]), "->", sink.gold(key[2]))
    return tally


def _find_claim(gold: Sequence[Item], used: set[int], subject: str | None, value: Any) -> int | None:
    for i, g in enumerate(gold):
        if i not in used and g.get("subject") == subject and values_close(g.get("value"), value):
            return i
    return None


def _find_quote(gold: Sequence[Item], used: set[int], text: str | None) -> int | None:
    for i, g in enumerate(gold):
        if i not in used and quotes_similar(g.get("text", ""), text):
            return i
    return None


def match_claims(
    gold: Sequence[Item], pred: Sequence[Item], mapping: Mapping[Any, str], misses: _Misses | None = None
) -> tuple[Tally, Tally]:
    """Claims match on mapped subject and value within 1 %; the second tally scores claimants of matched claims."""
    tally, claimant, sink = Tally(), Tally(), _sink(misses)
    used: set[int] = set()
    for p in pred:
        hit = _find_claim(gold, used, mapping.get(p.get("subject")), p.get("value"))
        if hit is None:
            tally.fp += 1
            sink.add("claim FP", sink.pred(p.get("subject")), p.get("value"), p.get("unit"))
            continue
        used.add(hit)
        g = gold[hit]
        if _optional(g):
            continue
        tally.tp += 1
        if g.get("claimant"):
            if mapping.get(p.get("claimant")) == g["claimant"]:
                claimant.tp += 1
            else:
                claimant.fn += 1
    for i, g in enumerate(gold):
        if i not in used and not _optional(g):
            tally.fn += 1
            sink.add("claim FN", sink.gold(g.get("subject")), g.get("value"), g.get("unit"))
    return tally, claimant


def match_quotes(
    gold: Sequence[Item], pred: Sequence[Item], mapping: Mapping[Any, str], misses: _Misses | None = None
) -> tuple[Tally, Tally]:
    """Quotes match on token overlap; the second tally scores speakers (null must match null) of matched quotes."""
    tally, speaker, sink = Tally(), Tally(), _sink(misses)
    used: set[int] = set()
    for p in pred:
        hit = _find_quote(gold, used, p.get("text", ""))
        if hit is None:
            tally.fp += 1
            sink.add("quote FP", (p.get("text") or "")[:60])
            continue
        used.add(hit)
        g = gold[hit]
        if _optional(g):
            continue
        tally.tp += 1
        got = mapping.get(p.get("speaker")) if p.get("speaker") else None
        if got == g.get("speaker"):
            speaker.tp += 1
        else:
            speaker.fn += 1
    for i, g in enumerate(gold):
        if i not in used and not _optional(g):
            tally.fn += 1
            sink.add("quote FN", (g.get("text") or "")[:60])
    return tally, speaker


# --- documents --------------------------------------------------------------------------------

EMPTY_RECORD: dict[str, list[Any]] = {"entities": [], "relations": [], "claims": [], "quotes": []}


def _names(entities: Sequence[Item]) -> dict[Any, str]:
    return {e.get("id"): str(e.get("name")) for e in entities}


def score_document(gold: Item, record: Item, name: str = "", collect_misses: bool = True) -> DocumentScore:
    """Score one record against one gold annotation."""
    gold_entities, pred_entities = gold.get("entities", []), record.get("entities", [])
    misses = _Misses(name, [] if collect_misses else None, _names(gold_entities), _names(pred_entities))
    entities, mapping = match_entities(gold_entities, pred_entities, misses=misses)
    untyped, _ = match_entities(gold_entities, pred_entities, typed=False)
    relations = match_relations(gold.get("relations", []), record.get("relations", []), mapping, misses)
    claims, claimant = match_claims(gold.get("claims", []), record.get("claims", []), mapping, misses)
    quotes, speaker = match_quotes(gold.get("quotes", []), record.get("quotes", []), mapping, misses)
    parts = {
        "entities": entities,
        "entities_untyped": untyped,
        "relations": relations,
        "claims": claims,
        "claimant": claimant,
        "quotes": quotes,
        "speaker": speaker,
    }
    return DocumentScore(name, parts, misses.record or [])


def record_stem(record: Item) -> str:
    """The file-name stem a record pairs on: document.source "docs/x.txt" (or a URL ending so) -> "x"."""
    source = str((record.get("document") or {}).get("source") or "")
    name = Path(source).name
    return name[: -len(TEXT_SUFFIX)] if name.endswith(TEXT_SUFFIX) else name


def gold_stem(path: Path) -> str:
    """ "x.gold.json" -> "x"."""
    stem = path.stem
    return stem[: -len(GOLD_SUFFIX)] if stem.endswith(GOLD_SUFFIX) else stem


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(path), f"cannot read this gold file as JSON ({exc})") from exc


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Every *.json file of gold_dir by stem, in file-name order."""
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "is not a folder of gold files (<stem>.gold.json)")
    return {gold_stem(path): _read_json(path) for path in sorted(gold_dir.glob("*.json"))}


def load_records(path: Path) -> list[dict[str, Any]]:
    """Records from a JSONL file, one per non-blank line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read records ({exc})") from exc
    records: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}", f"not a JSON record ({exc.msg})") from exc
    return records


def _records_by_stem(records: Iterable[Item]) -> dict[str, Item]:
    """Pair records by source stem; a later record for the same stem replaces an earlier one."""
    return {record_stem(record): record for record in records}


def score_documents(gold_dir: Path, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Score records against every gold file in gold_dir.

    Returns {"summary": {part: row}, "documents": {stem: {part: row}}, "misses": [{document, kind, detail}],
    "missing_records": [stems without a record], "unpaired_records": [stems without a gold file]},
    where each row is {tp, fp, fn, p, r, f1}. A gold file without a record scores as an empty record.
    """
    by_stem = _records_by_stem(records)
    totals = {part: Tally() for part in PARTS}
    documents: dict[str, dict[str, dict[str, int | float]]] = {}
    misses: list[dict[str, str]] = []
    missing: list[str] = []
    for stem, gold in load_gold(Path(gold_dir)).items():
        record = by_stem.get(stem)
        if record is None:
            missing.append(stem)
        score = score_document(gold, record if record is not None else EMPTY_RECORD, stem)
        documents[stem] = score.rows()
        misses.extend(miss.as_dict() for miss in score.misses)
        for part in PARTS:
            totals[part] += score.parts[part]
    return {
        "summary": {part: totals[part].row() for part in PARTS},
        "documents": documents,
        "misses": misses,
        "missing_records": missing,
        "unpaired_records": sorted(stem for stem in by_stem if stem not in documents),
    }


def summary_lines(summary: Mapping[str, Mapping[str, int | float]]) -> list[str]:
    """One line per part, as the shared scorer prints them: "entities  P=0.800 R=0.667 F1=0.727  (tp=.. fp=.. fn=..)"."""
    return [
        f"{part:18} P={row['p']:.3f} R={row['r']:.3f} F1={row['f1']:.3f}  (tp={row['tp']} fp={row['fp']} fn={row['fn']})"
        for part, row in summary.items()
    ]
