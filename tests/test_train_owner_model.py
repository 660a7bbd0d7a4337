"""scripts/train_owner_model.py: trains the claim owner model from gold fixture sets."""

import importlib.util
import json

import pytest

from actormap.extract.linear_model import LinearModel
from tests.conftest import ROOT

pytest.importorskip("sklearn")


def _script():
    spec = importlib.util.spec_from_file_location("train_owner_model", ROOT / "scripts" / "train_owner_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_trains_a_model_extraction_can_load(tmp_path):
    out = tmp_path / "model.json"
    _script().main(["--only", "documents", "--out", str(out)])
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["trained_on_sets"] == ["documents"] and saved["classes"] == ["other", "owner"]
    assert saved["trained_on_examples"] > 0 and saved["weights"]
    model = LinearModel(tuple(saved["classes"]), tuple(saved["intercept"]), {f: tuple(w) for f, w in saved["weights"].items()}, saved["threshold"])
    assert 0 <= model.probabilities(["where=same", "at=organization"])["owner"] <= 1


def test_the_sets_it_trains_on_are_the_gold_fixture_folders():
    names = [d.name for d in _script().gold_sets(set())]
    assert "documents" in names and "resolution" not in names
