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
