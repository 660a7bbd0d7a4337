"""linear_model.py: a saved logistic regression scored by hand, and switching it off."""

import json
import math

import pytest

from actormap.errors import ConfigError
from actormap.extract import linear_model
from actormap.extract.linear_model import LinearModel, learned_stages_off, load_model


def test_two_classes_are_one_log_odds_column():
    model = LinearModel(classes=("other", "owner"), intercept=(-1.0,), weights={"a": (2.0,), "b": (0.5,)}, threshold=0.5)
    p = model.probabilities(["a", "b", "unknown"])
    assert p["owner"] == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert p["other"] == pytest.approx(1 - p["owner"])


def test_a_repeated_feature_counts_once():
    model = LinearModel(classes=("other", "owner"), intercept=(0.0,), weights={"a": (1.0,)}, threshold=0.5)
    assert model.probabilities(["a", "a"]) == model.probabilities(["a"])


def test_more_classes_are_a_softmax():
    model = LinearModel(classes=("x", "y", "z"), intercept=(0.0, 0.0, 0.0), weights={"f": (1.0, 0.0, -1.0)}, threshold=0.5)
    p = model.probabilities(["f"])
    assert sum(p.values()) == pytest.approx(1.0)
    assert p["x"] > p["y"] > p["z"]


def test_the_shipped_owner_model_loads_and_can_be_switched_off():
    model = load_model("claim_owner_model")
    assert model is not None and model.classes == ("other", "owner") and 0 < model.threshold < 1
    assert len(model.weights) > 100
    with learned_stages_off():
        assert load_model("claim_owner_model") is None
    assert load_model("claim_owner_model") is model


def test_a_broken_model_file_names_itself(tmp_path, monkeypatch):
    (tmp_path / "broken_model.json").write_text(json.dumps({"classes": ["a", "b"]}), encoding="utf-8")
    monkeypatch.setattr(linear_model, "PATTERNS_DIR", tmp_path)
    linear_model._load.cache_clear()
    try:
        with pytest.raises(ConfigError, match="broken_model.json"):
            load_model("broken_model")
    finally:
        linear_model._load.cache_clear()
