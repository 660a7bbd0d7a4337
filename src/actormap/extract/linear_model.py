"""A saved logistic regression, scored by hand: the claim owner model's weights and their loading.

The weights are trained offline by scripts/train_owner_model.py (scikit-learn, the `train`
extra) on the gold fixtures and saved as plain JSON under patterns/en/. Scoring them is a sum of
weights and a softmax, so extraction needs neither scikit-learn nor a pickle: a pickle ties the
records to one library version and runs code when loaded.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from actormap.errors import ConfigError
from actormap.extract.patterns import PATTERNS_DIR

_switched_off = False


@dataclass(frozen=True)
class LinearModel:
    """Weights per feature and class. With two classes, one column: the second class's log-odds."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """P(class | features), each feature counted once."""
        scores = list(self.intercept)
        for feature in set(features):
            for k, w in enumerate(self.weights.get(feature, ())):
                scores[k] += w
        if len(self.classes) == 2:
            positive = 1.0 / (1.0 + math.exp(-scores[0]))
            return {self.classes[0]: 1.0 - positive, self.classes[1]: positive}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps)}


def load_model(name: str) -> LinearModel | None:
    """The model saved as patterns/en/NAME.json; None while learned_stages_off() is in force."""
    return None if _switched_off else _load(name)


@cache
def _load(name: str) -> LinearModel:
    path = PATTERNS_DIR / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LinearModel(
            classes=tuple(data["classes"]),
            intercept=tuple(data["intercept"]),
            weights={f: tuple(w) for f, w in data["weights"].items()},
            threshold=float(data["threshold"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ConfigError(f"{path}: not a learned-stage model ({err})") from err


@contextmanager
def learned_stages_off() -> Iterator[None]:
    """Extraction by the rules alone: what the training script learns to add to."""
    global _switched_off
    before, _switched_off = _switched_off, True
    try:
        yield
    finally:
        _switched_off = before
