"""Every span in every record slices the document text exactly."""

import pytest

from actormap.ingest import read
from tests.conftest import fixture_texts


def spans(record: dict):
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            yield "mention", mention, [entity["name"], *entity["aliases"]]
    for part in ("relations", "claims", "quotes"):
        for item in record[part]:
            yield part, item["evidence"], None


@pytest.mark.parametrize("path", fixture_texts(), ids=lambda p: p.name)
def test_offsets_slice_the_text(path, nlp):
    from actormap.extract import extract_document

    document = read(path)
    record = extract_document(document, nlp)
    text = document.text
    for kind, span, names in spans(record):
        assert 0 <= span["start"] < span["end"] <= len(text), (kind, span)
        if names is not None:
            assert text[span["start"] : span["end"]] in names
    for quote in record["quotes"]:
        evidence = text[quote["evidence"]["start"] : quote["evidence"]["end"]]
        for word in quote["text"].split()[:3]:
            assert word in evidence
