import pytest

from actormap.extract import extract_text


@pytest.fixture(scope="module")
def claims(nlp):
    """(subject, value, unit, qualifier, claimant) for each claim of a text, names for ids."""

    def run(text: str) -> list[tuple]:
        record = extract_text(text, "test.txt", nlp)
        names = {e["id"]: e["name"] for e in record["entities"]}
        return [
            (names[c["subject"]], c["value"], c["unit"], c["qualifier"], names.get(c["claimant"]) if c["claimant"] else None)
            for c in record["claims"]
        ]

    return run


@pytest.fixture(scope="module")
def claims_by_subject(claims):
    """(subject, value, claimant) for each claim of a text: the rules about whom and by whom."""
    return lambda text: [(subject, value, claimant) for subject, value, _, _, claimant in claims(text)]
