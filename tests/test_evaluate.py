"""Tests of actormap.evaluate: its matching rules, the gold fixtures, and agreement with the shared scorer."""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from actormap.errors import InputError
from actormap.evaluate import (
    PARTS,
    load_records,
    normalize_name,
    quotes_similar,
    score_document,
    score_documents,
    values_close,
)

FIXTURES = Path(__file__).parent / "fixtures" / "documents"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_SCORER = SHARED / "eval" / "score.py"
SEED_DIR = SHARED / "examples"

ENTITY_TYPES = {"person", "organization", "location", "group"}
RELATION_TYPES = {"funds", "commands", "member_of", "family", "located_in", "opposes", "allied_with"}
QUALIFIERS = {"exact", "at least", "more than", "about", "up to"}


# --- a small hand-made gold document ----------------------------------------------------------

GOLD: dict[str, Any] = {
    "format": "actormap.document/1",
    "document": {"title": "t", "source": "mini.txt"},
    "entities": [
        {"id": "hassan", "type": "person", "name": "Kamal Hassan", "aliases": ["Hassan"]},
        {"id": "makhlouf", "type": "person", "name": "Rami Makhlouf", "aliases": ["Makhlouf"]},
        {"id": "bashar", "type": "person", "name": "Bashar al-Assad", "aliases": ["Assad"]},
        {"id": "russia", "type": "location", "name": "Russia"},
        {"id": "alawites", "type": "group", "name": "Alawites", "aliases": ["Alawite"]},
        {"id": "regime", "type": "organization", "name": "Assad regime", "optional": True},
    ],
    "relations": [
        {"type": "opposes", "source": "hassan", "target": "makhlouf"},
        {"type": "family", "source": "makhlouf", "target": "bashar", "label": "cousin"},
        {"type": "located_in", "source": "makhlouf", "target": "russia"},
        {"type": "member_of", "source": "hassan", "target": "regime", "optional": True},
    ],
    "claims": [
        {"subject": "hassan", "value": 12000, "unit": "fighters", "qualifier": "exact", "claimant": "hassan"},
        {"subject": "makhlouf", "value": 54000, "unit": "fighters", "qualifier": "at least", "claimant": "makhlouf"},
        {"subject": "hassan", "value": 1000000, "unit": "USD", "qualifier": "more than", "claimant": None, "optional": True},
    ],
    "quotes": [
        {"speaker": "hassan", "text": "We are certain they cannot do anything effective on the ground,"},
        {"speaker": None, "speaker_description": "a former officer", "text": "Perhaps thousands more will die, but the sect must offer up sacrificial lambs."},
        {"speaker": None, "text": "direct knowledge of the competing plans", "optional": True},
    ],
}


def as_record(gold: dict[str, Any], prefix: str = "p-", keep_optional: bool = True) -> dict[str, Any]:
    """The gold annotation as a predicted record, with its own entity ids."""
    def keep(item: dict[str, Any]) -> bool:
        return keep_optional or not item.get("optional")

    def pid(gid: str | None) -> str | None:
        return None if gid is None else prefix + gid

    record: dict[str, Any] = {"format": "actormap.document/1", "document": copy.deepcopy(gold.get("document", {}))}
    record["entities"] = [
        {**{k: v for k, v in e.items() if k != "optional"}, "id": pid(e["id"])} for e in gold["entities"] if keep(e)
    ]
    record["relations"] = [
        {"type": r["type"], "source": pid(r["source"]), "target": pid(r["target"])} for r in gold["relations"] if keep(r)
    ]
    record["claims"] = [
        {**{k: v for k, v in c.items() if k != "optional"}, "subject": pid(c["subject"]), "claimant": pid(c.get("claimant"))}
        for c in gold["claims"]
        if keep(c)
    ]
    record["quotes"] = [
        {"speaker": pid(q.get("speaker")), "speaker_description": q.get("speaker_description"), "text": q["text"]}
        for q in gold["quotes"]
        if keep(q)
    ]
    return record


def rows(record: dict[str, Any], gold: dict[str, Any] = GOLD) -> dict[str, dict[str, int | float]]:
    return score_document(gold, record, "mini").rows()


def counts(row: dict[str, int | float]) -> tuple[int | float, int | float, int | float]:
    return row["tp"], row["fp"], row["fn"]


# --- matching rules ---------------------------------------------------------------------------


def test_evaluate_perfect_prediction_scores_one() -> None:
    result = rows(as_record(GOLD))
    for part in PARTS:
        assert result[part]["f1"] == 1.0, part
        assert result[part]["fp"] == result[part]["fn"] == 0, part
    assert counts(result["entities"]) == (5, 0, 0)
    assert counts(result["relations"]) == (3, 0, 0)
    assert counts(result["claims"]) == (2, 0, 0)
    assert counts(result["quotes"]) == (2, 0, 0)


def test_evaluate_empty_prediction_scores_zero() -> None:
    result = rows({"entities": [], "relations": [], "claims": [], "quotes": []})
    assert counts(result["entities"]) == (0, 0, 5)
    assert counts(result["relations"]) == (0, 0, 3)
    assert result["claims"]["f1"] == result["quotes"]["f1"] == 0.0


def test_evaluate_wrong_type_is_entity_fp_and_fn_but_untyped_match() -> None:
    record = as_record(GOLD)
    record["entities"][3]["type"] = "organization"  # Russia
    result = rows(record)
    assert counts(result["entities"]) == (4, 1, 1)
    assert counts(result["entities_untyped"]) == (5, 0, 0)
    # the mistyped entity maps to nothing, so the relation through it is lost too
    assert counts(result["relations"]) == (2, 1, 1)


def test_evaluate_entities_match_on_any_alias_after_normalization() -> None:
    record = as_record(GOLD)
    record["entities"][0].update(name="Maj. Gen. Hassan", aliases=[])  # no shared key: a miss
    record["entities"][1].update(name="Makhlouf", aliases=[])  # an alias
    record["entities"][2].update(name="Bashar Al Assad’s ", aliases=[])  # particle, case, curly possessive
    assert counts(rows(record)["entities"]) == (4, 1, 1)


def test_evaluate_duplicate_entity_is_a_false_positive() -> None:
    record = as_record(GOLD)
    record["entities"].append({"id": "dup", "type": "person", "name": "Hassan"})
    assert counts(rows(record)["entities"]) == (5, 1, 0)


def test_evaluate_optional_items_neither_rewarded_nor_punished() -> None:
    with_optional = rows(as_record(GOLD, keep_optional=True))
    without_optional = rows(as_record(GOLD, keep_optional=False))
    assert with_optional == without_optional


def test_evaluate_symmetric_relations_match_either_direction() -> None:
    record = as_record(GOLD)
    for relation in record["relations"][:2]:  # opposes, family
        relation["source"], relation["target"] = relation["target"], relation["source"]
    assert counts(rows(record)["relations"]) == (3, 0, 0)


def test_evaluate_directed_relation_reversed_is_fp_and_fn() -> None:
    record = as_record(GOLD)
    located = record["relations"][2]
    located["source"], located["target"] = located["target"], located["source"]
    assert counts(rows(record)["relations"]) == (2, 1, 1)


def test_evaluate_repeated_relation_is_not_punished_twice() -> None:
    record = as_record(GOLD)
    record["relations"].append(dict(record["relations"][0]))
    assert counts(rows(record)["relations"]) == (3, 0, 0)


def test_evaluate_relation_of_wrong_type_is_fp_and_fn() -> None:
    record = as_record(GOLD)
    record["relations"][0]["type"] = "allied_with"
    assert counts(rows(record)["relations"]) == (2, 1, 1)


@pytest.mark.parametrize(("value", "matches"), [(12000, True), (12110, True), (11890, True), ("12000", True), (12200, False), (1200, False), (None, False)])
def test_evaluate_claim_value_within_one_percent(value: Any, matches: bool) -> None:
    record = as_record(GOLD)
    record["claims"][0]["value"] = value
    expected = (2, 0, 0) if matches else (1, 1, 1)
    assert counts(rows(record)["claims"]) == expected


def test_evaluate_claim_needs_the_right_subject() -> None:
    record = as_record(GOLD)
    record["claims"][0]["subject"] = "p-makhlouf"
    assert counts(rows(record)["claims"]) == (1, 1, 1)


def test_evaluate_claimant_scored_on_matched_claims_only() -> None:
    record = as_record(GOLD)
    record["claims"][0]["claimant"] = None
    result = rows(record)
    assert counts(result["claims"]) == (2, 0, 0)
    assert counts(result["claimant"]) == (1, 0, 1)


def test_evaluate_quote_matches_on_token_overlap() -> None:
    record = as_record(GOLD)
    record["quotes"][0]["text"] = "“we are CERTAIN they cannot do anything effective on the ground”"
    record["quotes"][1]["text"] = "Perhaps thousands more will die"  # all its tokens are in the gold quote
    assert counts(rows(record)["quotes"]) == (2, 0, 0)


def test_evaluate_quotes_similar_thresholds() -> None:
    assert quotes_similar("a b c d", "a b c d e f g h")  # containment 1.0
    assert quotes_similar("a b c d e f", "a b c d x y")  # Jaccard 4/8 = 0.5
    assert not quotes_similar("a b c d e", "a b c x y z")  # Jaccard 3/9, containment 3/5
    assert quotes_similar("a b c d e", "a b c d x y z w")  # containment 4/5 exactly
    assert not quotes_similar("a b c d", "a b c x y z w")  # containment 3/4, Jaccard 3/8
    assert not quotes_similar("", "a b")


def test_evaluate_speaker_must_match_including_null() -> None:
    record = as_record(GOLD)
    record["quotes"][0]["speaker"] = "p-makhlouf"
    record["quotes"][1]["speaker"] = "p-hassan"  # gold speaker is unnamed (null)
    result = rows(record)
    assert counts(result["quotes"]) == (2, 0, 0)
    assert counts(result["speaker"]) == (0, 0, 2)


def test_evaluate_normalize_name() -> None:
    assert normalize_name("Bashar al-Assad's cousin") == "bashar assad cousin"
    assert normalize_name("Tío Beto") == "tio beto"
    assert normalize_name("The Alawite sect") == "alawite sect"
    assert normalize_name(None) == ""


def test_evaluate_values_close() -> None:
    assert values_close(6_000_000, 6_050_000)
    assert not values_close(6_000_000, 6_100_000)
    assert values_close(0, 0)
    assert not values_close("many", 3)


# --- documents and folders --------------------------------------------------------------------


def write_gold(folder: Path, stem: str, gold: dict[str, Any]) -> None:
    (folder / f"{stem}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_score_documents_pairs_records_by_source_stem(tmp_path: Path) -> None:
    write_gold(tmp_path, "mini", GOLD)
    write_gold(tmp_path, "other", GOLD)
    record = as_record(GOLD)
    record["document"]["source"] = "https://example.org/reports/mini.txt"
    stray = as_record(GOLD)
    stray["document"]["source"] = "/tmp/elsewhere/stray.txt"
    result = score_documents(tmp_path, [record, stray])
    assert set(result["documents"]) == {"mini", "other"}
    assert result["documents"]["mini"]["entities"]["f1"] == 1.0
    assert result["documents"]["other"]["entities"]["tp"] == 0  # no record: scored as empty
    assert result["missing_records"] == ["other"]
    assert result["unpaired_records"] == ["stray"]
    assert result["summary"]["entities"] == {"tp": 5, "fp": 0, "fn": 5, "p": 1.0, "r": 0.5, "f1": 0.667}
    assert set(result["summary"]) == set(PARTS)


def test_score_documents_lists_misses(tmp_path: Path) -> None:
    write_gold(tmp_path, "mini", GOLD)
    record = as_record(GOLD)
    record["entities"][3]["type"] = "organization"
    record["claims"].pop(0)
    misses = score_documents(tmp_path, [record])["misses"]
    kinds = Counter(m["kind"] for m in misses)
    assert kinds == Counter({"entity FN": 1, "entity FP": 1, "relation FP": 1, "relation FN": 1, "claim FN": 1})
    assert {"document": "mini", "kind": "relation FP", "detail": "located_in Rami Makhlouf -> Russia"} in misses
    assert {"document": "mini", "kind": "claim FN", "detail": "Kamal Hassan 12000 fighters"} in misses


def test_load_records_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(as_record(GOLD)) + "\n\n" + json.dumps(as_record(GOLD)) + "\n", encoding="utf-8")
    assert len(load_records(path)) == 2


def test_load_records_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(as_record(GOLD)) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pred\.jsonl:2"):
        load_records(path)


# --- the gold fixtures ------------------------------------------------------------------------

GOLD_FILES = sorted(FIXTURES.glob("*.gold.json"))


def fixture_stem(path: Path) -> str:
    return path.name[: -len(".gold.json")]


def load_fixture(path: Path) -> tuple[dict[str, Any], str]:
    return json.loads(path.read_text(encoding="utf-8")), (FIXTURES / f"{fixture_stem(path)}.txt").read_text(encoding="utf-8")


def test_fixtures_pair_texts_with_gold_files() -> None:
    texts = {p.stem for p in FIXTURES.glob("*.txt")}
    golds = {fixture_stem(p) for p in GOLD_FILES}
    assert texts == golds
    assert len(golds) >= 8


@pytest.mark.parametrize("path", GOLD_FILES, ids=fixture_stem)
def test_fixtures_gold_is_well_formed(path: Path) -> None:
    gold, text = load_fixture(path)
    assert gold["format"] == "actormap.document/1"
    assert gold["document"]["source"] == f"{fixture_stem(path)}.txt"
    assert 250 <= len(text.split()) <= 600
    ids = [e["id"] for e in gold["entities"]]
    assert len(ids) == len(set(ids))
    known = set(ids)
    assert {e["type"] for e in gold["entities"]} <= ENTITY_TYPES
    for r in gold["relations"]:
        assert r["type"] in RELATION_TYPES and {r["source"], r["target"]} <= known, r
    for c in gold["claims"]:
        assert c["subject"] in known and c["claimant"] in known | {None}, c
        assert c["qualifier"] in QUALIFIERS and isinstance(c["value"], (int, float)), c
    for q in gold["quotes"]:
        assert q["speaker"] in known | {None}, q


@pytest.mark.parametrize("path", GOLD_FILES, ids=fixture_stem)
def test_fixtures_names_and_aliases_appear_verbatim(path: Path) -> None:
    gold, text = load_fixture(path)
    missing = [n for e in gold["entities"] for n in [e["name"], *e.get("aliases", [])] if n not in text]
    assert missing == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=fixture_stem)
def test_fixtures_quote_words_come_from_the_text(path: Path) -> None:
    gold, text = load_fixture(path)
    words = set(re.findall(r"[\w']+", text.replace("’", "'")))
    for q in gold["quotes"]:
        assert set(re.findall(r"[\w']+", q["text"])) <= words, q["text"]


@pytest.mark.parametrize("path", GOLD_FILES, ids=fixture_stem)
def test_fixtures_entities_do_not_share_a_name(path: Path) -> None:
    gold, _ = load_fixture(path)
    keys = [normalize_name(n) for e in gold["entities"] for n in {e["name"], *e.get("aliases", [])}]
    by_entity = [{normalize_name(n) for n in [e["name"], *e.get("aliases", [])]} for e in gold["entities"]]
    assert sum(len(k) for k in by_entity) == len(set(keys)), "two entities share a normalized name"


@pytest.mark.parametrize("path", GOLD_FILES, ids=fixture_stem)
def test_fixtures_required_quotes_are_distinguishable(path: Path) -> None:
    gold, _ = load_fixture(path)
    required = [q["text"] for q in gold["quotes"] if not q.get("optional")]
    for i, a in enumerate(required):
        for b in required[i + 1 :]:
            assert not quotes_similar(a, b), (a, b)


@pytest.mark.parametrize("path", GOLD_FILES, ids=fixture_stem)
def test_fixtures_gold_scores_perfectly_against_itself(path: Path) -> None:
    gold, _ = load_fixture(path)
    for keep_optional in (True, False):
        result = score_document(gold, as_record(gold, keep_optional=keep_optional)).rows()
        assert all(result[part]["fp"] == result[part]["fn"] == 0 for part in PARTS), result


# --- agreement with the shared scorer ---------------------------------------------------------


def load_shared_scorer() -> ModuleType:
    if not SHARED_SCORER.is_file():
        pytest.skip(f"{SHARED_SCORER} is absent")
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def perturb(gold: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A plausible imperfect prediction: dropped, mistyped, renamed and extra items, near and far values."""
    record = as_record(gold, keep_optional=rng.random() < 0.5)
    ids = [e["id"] for e in record["entities"]] + ["p-ghost"]
    names = [e["name"] for e in gold["entities"]]
    entities = []
    for e in record["entities"]:
        roll = rng.random()
        if roll < 0.08:
            continue
        if roll < 0.16:
            e["type"] = rng.choice(sorted(ENTITY_TYPES - {e["type"]}))
        elif roll < 0.3 and e.get("aliases"):
            e["name"], e["aliases"] = rng.choice(e["aliases"]), []
        elif roll < 0.35:
            entities.append({**e, "id": e["id"] + "-dup"})
        elif roll < 0.45:  # a wrong merge: this entity also carries another one's name
            e["aliases"] = [*e.get("aliases", []), rng.choice(names)]
        entities.append(e)
    entities.append({"id": "p-extra", "type": "person", "name": "Nobody In Particular"})
    rng.shuffle(entities)
    record["entities"] = entities

    relations = []
    for r in record["relations"]:
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.3:
            r["source"], r["target"] = r["target"], r["source"]
        elif roll < 0.35:
            r["type"] = rng.choice(sorted(RELATION_TYPES))
        elif roll < 0.4:
            relations.append(dict(r))
        relations.append(r)
    relations.append({"type": rng.choice(sorted(RELATION_TYPES)), "source": rng.choice(ids), "target": rng.choice(ids)})
    record["relations"] = relations

    for c in record["claims"]:
        roll = rng.random()
        if roll < 0.2:
            c["value"] = c["value"] * rng.choice([1.004, 0.996, 1.0099, 0.9901, 1.012, 0.985, 1.05, 0.9])
        elif roll < 0.3:
            c["claimant"] = rng.choice(ids + [None])
        elif roll < 0.35:
            c["subject"] = rng.choice(ids)
        elif roll < 0.4:
            c["value"] = str(c["value"])
    record["claims"] = [c for c in record["claims"] if rng.random() > 0.1]
    record["claims"].append({"subject": rng.choice(ids), "value": rng.choice([3, 2024, 14]), "unit": "x"})

    for q in record["quotes"]:
        words = q["text"].split()
        roll = rng.random()
        if roll < 0.15:
            q["text"] = " ".join(words[: max(1, int(len(words) * rng.choice([0.5, 0.85])))])
        elif roll < 0.35:  # swap some words for others, or add some, around the thresholds
            share = rng.choice([0.1, 0.2, 0.25, 0.3, 0.4, 0.6])
            swapped = [f"zz{i}" if rng.random() < share else w for i, w in enumerate(words)]
            q["text"] = " ".join(swapped + [f"yy{i}" for i in range(rng.choice([0, 0, 2, 5, 12]))])
        elif roll < 0.45:
            q["speaker"] = rng.choice(ids + [None])
    record["quotes"] = [q for q in record["quotes"] if rng.random() > 0.1]
    record["quotes"].append({"speaker": None, "text": "an unrelated remark about the weather today"})
    rng.shuffle(record["quotes"])
    return record


def shared_scores(shared: ModuleType, gold_dir: Path, pred: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict[str, Any], Counter[str]]:
    capsys.readouterr()
    shared.main([str(gold_dir), str(pred), "--json"])
    scores = json.loads(capsys.readouterr().out)
    shared.main([str(gold_dir), str(pred), "--verbose"])
    miss_lines = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("   ")]
    return scores, Counter(" ".join(words[:2]) for words in miss_lines)


def assert_agrees(gold_dir: Path, records: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = load_shared_scorer()
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    theirs, their_misses = shared_scores(shared, gold_dir, pred, capsys)
    ours = score_documents(gold_dir, load_records(pred))
    assert ours["summary"] == theirs["summary"]
    assert ours["documents"] == theirs["documents"]
    assert Counter(m["kind"] for m in ours["misses"]) == their_misses


def test_evaluate_agrees_with_shared_scorer_on_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    load_shared_scorer()
    gold = json.loads((SEED_DIR / "seed-article.gold.json").read_text(encoding="utf-8"))
    gold["document"]["source"] = "seed-article.txt"
    rng = random.Random(20251126)
    for _ in range(40):
        assert_agrees(SEED_DIR, [perturb(gold, rng)], tmp_path, capsys)
    assert_agrees(SEED_DIR, [as_record(gold)], tmp_path, capsys)


def test_evaluate_agrees_with_shared_scorer_on_fixtures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    load_shared_scorer()
    golds = [load_fixture(path)[0] for path in GOLD_FILES]
    rng = random.Random(7)
    for _ in range(10):
        records = [perturb(gold, rng) for gold in golds if rng.random() > 0.1]
        stray = perturb(golds[0], rng)
        stray["document"]["source"] = "elsewhere/not-a-fixture.txt"
        assert_agrees(FIXTURES, records + [stray], tmp_path, capsys)
