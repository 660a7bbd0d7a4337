"""Shared fixtures: the full pipeline (loaded once), fixture documents and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "documents"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from actormap.extract.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract a bare text into its record."""
    from actormap.extract import extract_text

    def run(text: str, source: str = "test.txt"):
        return extract_text(text, source, nlp)

    return run


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def fixture_texts() -> list[Path]:
    sets = [FIXTURES.parent / name for name in ("heldout", "blind", "blind2", "blind3", "blind4", "blind5")]
    return sorted(FIXTURES.glob("*.txt")) + [p for d in sets for p in sorted(d.glob("*.txt"))] + sorted((ROOT / "examples").glob("*.txt"))


def entity_named(record: dict, name: str) -> dict | None:
    """The record's entity whose name or alias is NAME."""
    for entity in record["entities"]:
        if entity["name"] == name or name in entity["aliases"]:
            return entity
    return None
