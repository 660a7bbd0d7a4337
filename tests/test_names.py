"""Behaviour of actormap.names.compare and its benchmark floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from actormap.names import (
    THRESHOLD,
    block_keys,
    compare,
    explain,
    guess_kind,
    is_same,
    kind_of,
    name_key,
    normalize,
)

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "eval" / "name_bench" / "cases.csv"

# Floors measured with benchmarks/name_bench.py (see docs/names.md): typed
# F1 0.900, untyped F1 0.894. The margin absorbs small rigour data updates.
BENCH_F1_FLOOR = 0.88
BENCH_UNTYPED_F1_FLOOR = 0.87

SAME = [
    ("Rami Makhlouf", "Rami Makhluf", None),
    ("Makhlouf", "Makhluf", "person"),
    ("Ahmed al-Sharaa", "Ahmad al-Sharaa", None),
    ("Ahmed al-Sharaa", "Ahmad al-Shara", "person"),
    ("Ahmed al-Sharaa", "أحمد الشرع", None),
    ("Ahmed al-Sharaa", "أحمد الشرع", "person"),
    ("Tartous", "Tartus", None),
    ("Tartous", "Tartus", "location"),
    ("Hezbollah", "Hizballah", None),
    ("Hezbollah", "Hizbullah", "organization"),
    ("Hizballah", "Hizbullah", "group"),
    ("Hezbollah", "حزب الله", None),
    ("Qasem Soleimani", "Qassem Soleimani", None),
    ("Qasem Soleimani", "Qassem Suleimani", "Person"),
    ("Qasem Soleimani", "قاسم سليماني", None),
    ("Bashar al-Assad", "Bachar el-Assad", None),
    ("Bashar al-Assad", "بشار الأسد", "person"),
    ("Bashar al-Assad", "President Bashar al-Assad", "person"),
    ("Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "organization"),
    ("Jabhat al-Nusra", "Jabhat an-Nusra", None),
    ("Mohammed bin Salman", "Muhammad bin Salman", None),
    ("Osama bin Laden", "Usama ibn Ladin", "Person"),
    ("Makhlouf, Rami", "Rami Makhlouf", "person"),
    ("RamiMakhlouf", "Rami Makhlouf", "Person"),
    ("Vladimir Vladimirovich Putin", "Vladimir Putin", "Person"),
    ("Syrian Democratic Forces", "SDF", "organization"),
    ("Siemens Aktiengesellschaft", "Siemens AG", "Company"),
    ("Volodymyr Zelensky", "Володимир Зеленський", None),
]

APART = [
    ("Bashar al-Assad", "Maher al-Assad", None),
    ("Bashar al-Assad", "Maher al-Assad", "person"),
    ("Bashar al-Assad", "Hafez al-Assad", "Person"),
    ("Bashar al-Assad", "ماهر الأسد", "person"),
    ("Ahmed al-Sharaa", "Ahmed al-Shami", None),
    ("Ahmed al-Sharaa", "Ahmed al-Shami", "person"),
    ("Rami Makhlouf", "Ihab Makhlouf", None),
    ("Niger", "Nigeria", None),
    ("Niger", "Nigeria", "location"),
    ("Gambia", "Zambia", None),
    ("Iran", "Iraq", None),
    ("Sudan", "South Sudan", "location"),
    ("Hezbollah", "Kataib Hezbollah", "organization"),
    ("Muhammad bin Salman", "Salman bin Muhammad", None),
    ("Muhammad bin Salman", "Salman bin Muhammad", "person"),
    ("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI", "Person"),
    ("محمد بن سلمان", "سلمان بن محمد", None),
    ("Ahmed Hussein al-Sharaa", "Hussein Ahmed al-Sharaa", "person"),
    ("Ali Abdullah Saleh", "Ahmed Ali Abdullah Saleh", "person"),
    ("Sergey Viktorovich Lavrov", "Sergey Ivanovich Lavrov", "Person"),
    ("Brigade 44", "Brigade 45", "organization"),
    ("4th Armoured Division", "5th Armoured Division", None),
    ("Deutsche Bank AG", "Deutsche Bank GmbH", "Company"),
    ("Kim Jong-un", "Kim Jong-il", None),
    ("Hans O Friedrich", "Hans Joachim Friedrich", "Person"),
    ("N.N.", "Nursultan Nazarbayev", "Person"),
    ("习近平", "习近朋", None),
]


@pytest.mark.parametrize(("a", "b", "schema"), SAME)
def test_spelling_variants_are_the_same(a: str, b: str, schema: str | None) -> None:
    assert compare(a, b, schema) >= THRESHOLD, explain(a, b, schema)


@pytest.mark.parametrize(("a", "b", "schema"), APART)
def test_different_actors_stay_apart(a: str, b: str, schema: str | None) -> None:
    assert compare(a, b, schema) < THRESHOLD, explain(a, b, schema)


@pytest.mark.parametrize(("a", "b", "schema"), SAME + APART)
def test_symmetric_and_in_range(a: str, b: str, schema: str | None) -> None:
    ab, ba = compare(a, b, schema), compare(b, a, schema)
    assert ab == ba
    assert 0.0 <= ab <= 1.0


@pytest.mark.parametrize(
    "name", ["Bashar al-Assad", "أحمد الشرع", "Hezbollah", "Brigade 44", "习近平", "N.N.", "Siemens AG"]
)
def test_identical_names_score_one(name: str) -> None:
    assert compare(name, name) == 1.0
    assert compare(name, name, "person") == 1.0
    assert compare(name, name.upper()) == 1.0


def test_empty_names_score_zero() -> None:
    assert compare("", "Bashar al-Assad") == 0.0
    assert compare("", "") == 0.0
    assert compare("...", "Bashar al-Assad") == 0.0


def test_is_same_uses_threshold() -> None:
    assert is_same("Tartous", "Tartus")
    assert not is_same("Bashar al-Assad", "Maher al-Assad")
    assert is_same("Bashar al-Assad", "Maher al-Assad", threshold=0.3)


def test_explain_names_the_conflict() -> None:
    res = explain("Bashar al-Assad", "Maher al-Assad", "person")
    assert res.conflicts == [("bashar", "maher")]
    assert not res.same
    rev = explain("Muhammad bin Salman", "Salman bin Muhammad", "person")
    assert "reversed_patronymic" in rev.factors


def test_normalize() -> None:
    assert normalize("Ahmad al-Shara'") == "ahmad al shara"
    assert normalize("ash-Sharaa") == "al sharaa"
    assert normalize("Recep Tayyip Erdoğan") == "recep tayyip erdogan"
    assert normalize("Шойгу") == "shoigu"


def test_blocking_keys_link_scripts_and_spellings() -> None:
    assert name_key("Ahmed al-Sharaa") == name_key("Ahmad al-Shara") == name_key("أحمد الشرع")
    assert name_key("Rami Makhlouf") == name_key("رامي مخلوف") == name_key("Makhluf, Rami")
    assert block_keys("Hezbollah") & block_keys("حزب الله")
    assert name_key("Bashar al-Assad") != name_key("Maher al-Assad")


def test_kinds() -> None:
    assert kind_of("Person") == "person"
    assert kind_of("Company") == kind_of("group") == "organization"
    assert kind_of("LegalEntity") == kind_of(None) == "entity"
    assert kind_of("Vessel") == "object"
    assert guess_kind("Hezbollah") == "organization"
    assert guess_kind("Nigeria") == "location"
    assert guess_kind("Bashar al-Assad") == "person"
    assert guess_kind("Lt. Gen. Abdel Fattah al-Burhan") == "person"


def _load_bench():
    spec = importlib.util.spec_from_file_location("name_bench", ROOT / "benchmarks" / "name_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CASES.exists(), reason="shared/eval/name_bench is not beside the repository")
def test_benchmark_f1_floor() -> None:
    bench = _load_bench()
    res = bench.run(CASES, THRESHOLD, None)
    overall = res.ours[bench.ALL]
    assert overall.covered >= 800
    assert overall.f1 >= BENCH_F1_FLOOR, (overall.precision, overall.recall, overall.f1)
    assert overall.precision >= 0.93


@pytest.mark.skipif(not CASES.exists(), reason="shared/eval/name_bench is not beside the repository")
def test_benchmark_untyped_f1_floor() -> None:
    bench = _load_bench()
    cases = bench.load_cases(CASES)
    scores, _ = bench.score_cases(cases, untyped=True)
    overall = bench.evaluate(cases, scores, THRESHOLD).ours[bench.ALL]
    assert overall.f1 >= BENCH_UNTYPED_F1_FLOOR, (overall.precision, overall.recall, overall.f1)
