"""Small graphs built by hand: every entity type, every relation type, a money claim and two documents."""

from __future__ import annotations

import pytest

from actormap.model.graph import (
    CanonicalEntity, Evidence, Graph, GraphClaim, GraphRelation, SourceDocument,
)

URL_DOC = "d-url"
FILE_DOC = "d-file"


def evidence(document_id: str, start: int, end: int, snippet: str = "a sentence") -> Evidence:
    return Evidence(document_id=document_id, start=start, end=end, snippet=snippet)


def relation(rtype: str, source: str, target: str, label: str | None = None,
             documents: tuple[str, ...] = (URL_DOC,), **fields) -> GraphRelation:
    spans = [evidence(d, 100 + 10 * i, 150 + 10 * i, f"{source} {rtype} {target} in {d}")
             for i, d in enumerate(documents)]
    return GraphRelation(type=rtype, source=source, target=target, label=label, evidence=spans, **fields)


@pytest.fixture
def graph() -> Graph:
    return sample_graph()


def sample_graph() -> Graph:
    """Two documents, eight actors, one relation of each type (and a few that fit no FtM edge)."""
    documents = [
        SourceDocument(URL_DOC, "https://news.example.org/2024/brigade.html", "The brigade",
                       "Example News", "2024-03-01"),
        SourceDocument(FILE_DOC, "reports/hrw-report.pdf", "Report", None, None),
    ]
    both = [URL_DOC, FILE_DOC]
    entities = [
        CanonicalEntity("p1", "person", "Ali Hassan", ["Abu Ali"], ["militia commander"], both),
        CanonicalEntity("p2", "person", "Omar Hassan", [], [], [URL_DOC]),
        CanonicalEntity("o1", "organization", "Brigade 7", ["B7"], [], both),
        CanonicalEntity("o2", "organization", "Gulf Fund", [], [], [URL_DOC]),
        CanonicalEntity("o3", "organization", "Rival Front", [], [], [FILE_DOC]),
        CanonicalEntity("g1", "group", "Kurds", [], [], [FILE_DOC]),
        CanonicalEntity("l1", "location", "Syria", [], [], [URL_DOC]),
        CanonicalEntity("l2", "location", "Aleppo", [], [], [URL_DOC]),
    ]
    relations = [
        relation("commands", "p1", "o1", "commander"),
        relation("member_of", "p1", "o1", "member"),
        relation("member_of", "p2", "o1", "fighter", documents=(URL_DOC, FILE_DOC)),
        relation("family", "p1", "p2", "brother"),
        relation("funds", "o2", "o1", "funder"),
        relation("allied_with", "p1", "p2", "ally"),
        relation("allied_with", "o1", "g1", None, documents=(FILE_DOC,), attributed_to=["o3"]),
        relation("opposes", "o1", "o3", "rival", documents=(FILE_DOC,)),
        relation("located_in", "p1", "l1", "lives"),
        relation("located_in", "o1", "l2", "based"),
        relation("commands", "p1", "l2", "governor"),
    ]
    claims = [
        GraphClaim("o2", 5_000_000, "USD", "money", "exact", evidence(URL_DOC, 110, 130, "$5 million"), "p1"),
        GraphClaim("o1", 12_000, "fighters", "people", "at least", evidence(FILE_DOC, 0, 40, "12,000 fighters"),
                   "p1", value_max=15_000),
    ]
    return Graph(entities=entities, relations=relations, claims=claims, documents=documents)
