"""Extraction scored against the hand-annotated gold sets; the floors catch regressions.

The sets (tests/fixtures/README.md says who wrote each and what was tuned on it):
documents — our own fixtures in eight styles; heldout and blind to blind43 — written and
annotated by people who never saw the extractor, each added when the previous one had been
studied, so the newest is the honest estimate for unseen reporting.
"""

import pytest

from actormap.evaluate import score_documents
from actormap.extract import extract_documents
from actormap.ingest import read
from tests.conftest import FIXTURES, SHARED

GOLD = FIXTURES.parent

# Measured when the floors were last raised, less a small margin for the model's noise; a
# change that lowers a score below its floor fails.
FLOORS = {
    "documents": {"entities": 0.90, "quotes": 0.97, "speaker": 0.93, "relations": 0.73, "claims": 0.87, "claimant": 0.97},
    "heldout": {"entities": 0.91, "quotes": 0.97, "speaker": 0.92, "relations": 0.73, "claims": 0.91, "claimant": 0.97},
    "blind": {"entities": 0.90, "quotes": 0.97, "speaker": 0.91, "relations": 0.72, "claims": 0.87, "claimant": 0.97},
    "blind2": {"entities": 0.87, "quotes": 0.97, "speaker": 0.89, "relations": 0.68, "claims": 0.86, "claimant": 0.97},
    "blind3": {"entities": 0.84, "quotes": 0.97, "speaker": 0.90, "relations": 0.70, "claims": 0.80, "claimant": 0.91},
    "blind4": {"entities": 0.87, "quotes": 0.97, "speaker": 0.90, "relations": 0.61, "claims": 0.77, "claimant": 0.86},
    "blind5": {"entities": 0.79, "quotes": 0.97, "speaker": 0.75, "relations": 0.47, "claims": 0.60, "claimant": 0.93},
    "blind6": {"entities": 0.85, "quotes": 0.91, "speaker": 0.90, "relations": 0.67, "claims": 0.73, "claimant": 0.97},
    "blind7": {"entities": 0.85, "quotes": 0.97, "speaker": 0.85, "relations": 0.51, "claims": 0.62, "claimant": 0.90},
    "blind8": {"entities": 0.87, "quotes": 0.97, "speaker": 0.84, "relations": 0.51, "claims": 0.71, "claimant": 0.92},
    "blind9": {"entities": 0.89, "quotes": 0.97, "speaker": 0.92, "relations": 0.35, "claims": 0.65, "claimant": 0.93},
    "blind10": {"entities": 0.90, "quotes": 0.97, "speaker": 0.95, "relations": 0.60, "claims": 0.79, "claimant": 0.88},
    "blind11": {"entities": 0.90, "quotes": 0.91, "speaker": 0.83, "relations": 0.39, "claims": 0.70, "claimant": 0.69},
    "blind12": {"entities": 0.85, "quotes": 0.97, "speaker": 0.88, "relations": 0.75, "claims": 0.50, "claimant": 0.93},
    "blind13": {"entities": 0.85, "quotes": 0.97, "speaker": 0.94, "relations": 0.52, "claims": 0.74, "claimant": 0.92},
    "blind14": {"entities": 0.85, "quotes": 0.97, "speaker": 0.87, "relations": 0.53, "claims": 0.58, "claimant": 0.80},
    "blind15": {"entities": 0.83, "quotes": 0.97, "speaker": 0.84, "relations": 0.50, "claims": 0.71, "claimant": 0.89},
    "blind16": {"entities": 0.85, "quotes": 0.97, "speaker": 0.81, "relations": 0.52, "claims": 0.58, "claimant": 0.93},
    "blind17": {"entities": 0.89, "quotes": 0.76, "speaker": 0.90, "relations": 0.49, "claims": 0.74, "claimant": 0.90},
    "blind18": {"entities": 0.86, "quotes": 0.97, "speaker": 0.73, "relations": 0.56, "claims": 0.50, "claimant": 0.72},
    "blind19": {"entities": 0.81, "quotes": 0.97, "speaker": 0.83, "relations": 0.42, "claims": 0.47, "claimant": 0.81},
    "blind20": {"entities": 0.87, "quotes": 0.97, "speaker": 0.78, "relations": 0.48, "claims": 0.76, "claimant": 0.79},
    "blind21": {"entities": 0.85, "quotes": 0.97, "speaker": 0.74, "relations": 0.51, "claims": 0.63, "claimant": 0.83},
    "blind22": {"entities": 0.84, "quotes": 0.92, "speaker": 0.85, "relations": 0.57, "claims": 0.71, "claimant": 0.72},
    "blind23": {"entities": 0.88, "quotes": 0.94, "speaker": 0.83, "relations": 0.42, "claims": 0.62, "claimant": 0.87},
    "blind24": {"entities": 0.80, "quotes": 0.90, "speaker": 0.69, "relations": 0.44, "claims": 0.53, "claimant": 0.88},
    "blind25": {"entities": 0.83, "quotes": 0.97, "speaker": 0.80, "relations": 0.31, "claims": 0.47, "claimant": 0.77},
    "blind26": {"entities": 0.74, "quotes": 0.92, "speaker": 0.87, "relations": 0.45, "claims": 0.61, "claimant": 0.82},
    "blind27": {"entities": 0.84, "quotes": 0.97, "speaker": 0.86, "relations": 0.53, "claims": 0.67, "claimant": 0.94},
    "blind28": {"entities": 0.83, "quotes": 0.94, "speaker": 0.85, "relations": 0.46, "claims": 0.47, "claimant": 0.87},
    "blind29": {"entities": 0.80, "quotes": 0.93, "speaker": 0.89, "relations": 0.50, "claims": 0.50, "claimant": 0.97},
    "blind30": {"entities": 0.84, "quotes": 0.94, "speaker": 0.69, "relations": 0.47, "claims": 0.60, "claimant": 0.78},
    "blind31": {"entities": 0.81, "quotes": 0.92, "speaker": 0.84, "relations": 0.44, "claims": 0.60, "claimant": 0.94},
    "blind32": {"entities": 0.86, "quotes": 0.94, "speaker": 0.91, "relations": 0.45, "claims": 0.57, "claimant": 0.81},
    "blind33": {"entities": 0.83, "quotes": 0.94, "speaker": 0.86, "relations": 0.53, "claims": 0.62, "claimant": 0.82},
    "blind34": {"entities": 0.83, "quotes": 0.97, "speaker": 0.94, "relations": 0.47, "claims": 0.52, "claimant": 0.91},
    "blind35": {"entities": 0.82, "quotes": 0.94, "speaker": 0.73, "relations": 0.60, "claims": 0.53, "claimant": 0.85},
    "blind36": {"entities": 0.83, "quotes": 0.97, "speaker": 0.79, "relations": 0.47, "claims": 0.48, "claimant": 0.43},
    "blind37": {"entities": 0.85, "quotes": 0.97, "speaker": 0.75, "relations": 0.51, "claims": 0.43, "claimant": 0.82},
    "blind38": {"entities": 0.80, "quotes": 0.97, "speaker": 0.81, "relations": 0.48, "claims": 0.52, "claimant": 0.72},
    "blind39": {"entities": 0.82, "quotes": 0.97, "speaker": 0.86, "relations": 0.40, "claims": 0.53, "claimant": 0.79},
    "blind40": {"entities": 0.82, "quotes": 0.97, "speaker": 0.75, "relations": 0.45, "claims": 0.46, "claimant": 0.78},
    "blind41": {"entities": 0.83, "quotes": 0.92, "speaker": 0.78, "relations": 0.46, "claims": 0.68, "claimant": 0.75},
    "blind42": {"entities": 0.84, "quotes": 0.97, "speaker": 0.81, "relations": 0.57, "claims": 0.61, "claimant": 0.87},
    "blind43": {"entities": 0.86, "quotes": 0.97, "speaker": 0.85, "relations": 0.47, "claims": 0.40, "claimant": 0.84},
}
SEED_FLOORS = {"entities": 0.90, "quotes": 1.0, "speaker": 1.0, "relations": 0.80, "claimant": 1.0}


def scored(gold_dir, paths, nlp):
    records = list(extract_documents([read(p) for p in paths], nlp))
    return score_documents(gold_dir, records)["summary"]


@pytest.fixture(scope="module")
def summaries(nlp):
    return {name: scored(GOLD / name, sorted((GOLD / name).glob("*.txt")), nlp) for name in FLOORS}


@pytest.mark.parametrize("name, part", [(name, part) for name, floors in FLOORS.items() for part in sorted(floors)])
def test_gold_scores_stay_above_their_floors(summaries, name, part):
    assert summaries[name][part]["f1"] >= FLOORS[name][part], (name, summaries[name][part])


@pytest.mark.skipif(not (SHARED / "examples").is_dir(), reason="../shared/examples is not beside this checkout")
def test_gold_seed_example(nlp):
    summary = scored(SHARED / "examples", sorted((SHARED / "examples").glob("*.txt")), nlp)
    for part, floor in SEED_FLOORS.items():
        assert summary[part]["f1"] >= floor, (part, summary[part])
