import pytest

from actormap.extract import extract_text
from actormap.extract.linear_model import learned_stages_off


def _claim_tuples(record: dict) -> list[tuple]:
    names = {e["id"]: e["name"] for e in record["entities"]}
    return [
        (names[c["subject"]], c["value"], c["unit"], c["qualifier"], names.get(c["claimant"]) if c["claimant"] else None)
        for c in record["claims"]
    ]


@pytest.fixture(scope="module")
def claims(nlp):
    """(subject, value, unit, qualifier, claimant) for each claim of a text, names for ids."""
    return lambda text: _claim_tuples(extract_text(text, "test.txt", nlp))


@pytest.fixture(scope="module")
def rule_claims(nlp):
    """The claims of the rules alone, without the learned owner (learned_owners.py): what a rule
    decides about a sentence. The owner model may still give an amount the rules leave unowned to
    an actor named near it; how often it is right is measured on held-out sets, not here."""

    def run(text: str) -> list[tuple]:
        with learned_stages_off():
            return _claim_tuples(extract_text(text, "test.txt", nlp))

    return run


@pytest.fixture(scope="module")
def claims_by_subject(claims):
    """(subject, value, claimant) for each claim of a text: the rules about whom and by whom."""
    return lambda text: [(subject, value, claimant) for subject, value, _, _, claimant in claims(text)]
