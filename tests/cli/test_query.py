"""`actormap entities`, `show`, `claims` and `path` over a small resolved store."""

from __future__ import annotations

import json

import pytest

from actormap.cli import app
from actormap.resolve import resolve
from actormap.store import open_store
from tests.resolution_corpus import hand_document


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """Two publishers on Makhlouf and Hassan, a third on Ihab Makhluf in Dubai; resolved."""
    url = f"sqlite:///{tmp_path_factory.mktemp('query')}/q.db"
    engine = open_store(url)
    hand_document(
        engine, "/news/courier.txt",
        [("person", "Rami Makhlouf", ["Makhlouf"], ["billionaire"]), ("person", "Kamal Hassan"), ("group", "Alawites")],
        relations=[("opposes", "Kamal Hassan", "Rami Makhlouf"), ("funds", "Rami Makhlouf", "Alawites")],
        claims=[("Kamal Hassan", 12000, "fighters", "exact", "Kamal Hassan"),
                ("Rami Makhlouf", 54000, "fighters", "at least", "Rami Makhlouf")],
        publisher="Coastline Courier", title="Assad loyalists pay for militias",
    )
    hand_document(
        engine, "/news/ledger.txt",
        [("person", "Rami Makhluf"), ("person", "Ihab Makhluf"), ("person", "Kamal Hassan")],
        relations=[("family", "Ihab Makhluf", "Rami Makhluf", "brother"), ("opposes", "Rami Makhluf", "Kamal Hassan")],
        claims=[("Kamal Hassan", 54000, "fighters", "exact"), ("Rami Makhluf", 54000, "fighters", "exact", "Rami Makhluf")],
        publisher="Levant Ledger", title="The Makhluf brothers fall out",
    )
    hand_document(engine, "/news/ihab.txt", [("person", "Ihab Makhluf"), ("location", "Dubai"), ("location", "Niamey")],
                  relations=[("located_in", "Ihab Makhluf", "Dubai")])
    resolve(engine)
    engine.dispose()
    return url


def run(runner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_entities_lists_one_line_per_actor(runner, db):
    lines = run(runner, "entities", "--db", db).splitlines()
    assert len(lines) == 6
    (rami,) = [line for line in lines if "Rami Makhlouf" in line]
    assert "person" in rami and "aka Makhlouf; Rami Makhluf" in rami and "[2 documents]" in rami


def test_cli_entities_json_has_id_type_name_aliases_and_documents(runner, db):
    objects = [json.loads(line) for line in run(runner, "entities", "--json", "--db", db).splitlines()]
    rami = next(o for o in objects if o["name"] == "Rami Makhlouf")
    assert set(rami) >= {"id", "type", "name", "aliases", "documents"}
    assert sorted(rami["documents"]) == ["/news/courier.txt", "/news/ledger.txt"]
    assert len(rami["document_ids"]) == 2
    assert rami["aliases"] == ["Makhlouf", "Rami Makhluf"]
    people = [json.loads(line) for line in run(runner, "entities", "--type", "person", "--json", "--db", db).splitlines()]
    assert {p["name"] for p in people} == {"Rami Makhlouf", "Ihab Makhluf", "Kamal Hassan"}


def test_cli_show_profiles_relations_with_backing_and_evidence(runner, db):
    output = run(runner, "show", "Rami Makhluf", "--db", db)
    assert output.startswith("Rami Makhlouf  (person, ")
    assert "aliases: Makhlouf; Rami Makhluf" in output
    assert "descriptors: billionaire" in output
    assert "opposes\n  -> Kamal Hassan: 2 documents, 2 publishers" in output  # symmetric: as first read
    assert "<- Ihab Makhluf (brother): 1 documents, 1 publishers" in output
    assert '"Kamal Hassan opposes Rami Makhlouf." — Assad loyalists pay for militias (Coastline Courier)' in output
    assert "at least 54,000 fighters" in output


def test_cli_show_json(runner, db):
    shown = json.loads(run(runner, "show", "Kamal Hassan", "--json", "--db", db))
    assert shown["entity"]["name"] == "Kamal Hassan"
    (opposes,) = shown["relations"]["opposes"]
    assert (opposes["counterpart_name"], opposes["documents"], opposes["publishers"]) == ("Rami Makhlouf", 2, 2)
    assert {e["snippet"] for e in opposes["evidence"]} == {"Kamal Hassan opposes Rami Makhlouf.", "Rami Makhluf opposes Kamal Hassan."}


def test_cli_claims_board_flags_conflicts_and_corroboration(runner, db):
    output = run(runner, "claims", "--db", db)
    assert output.splitlines()[0] == "Kamal Hassan — fighters  CONFLICT"
    assert "#1 exact 12,000 (claimed by Kamal Hassan) — Assad loyalists pay for militias (Coastline Courier)  [conflicts with #2]" in output
    assert "Rami Makhlouf — fighters\n" in output
    assert "at least 54,000 (claimed by Rami Makhlouf)" in output and "[corroborated by 1]" in output


def test_cli_claims_filters_and_json(runner, db):
    rows = [json.loads(line) for line in run(runner, "claims", "Makhlouf", "--unit", "fighters", "--json", "--db", db).splitlines()]
    assert [(r["subject_name"], r["conflicted"]) for r in rows] == [("Rami Makhlouf", False)]
    assert sorted(c["corroborated_by"] for c in rows[0]["claims"]) == [1, 1]
    assert run(runner, "claims", "--unit", "USD", "--db", db) == "no claims\n"


def test_cli_path_prints_each_link_with_its_evidence(runner, db):
    output = run(runner, "path", "Dubai", "Kamal Hassan", "--db", db)
    lines = [line for line in output.splitlines() if not line.startswith("    ")]
    assert lines == ["Dubai <-located_in- Ihab Makhluf", "Ihab Makhluf -family-> Rami Makhlouf (brother)",
                     "Rami Makhlouf -opposes-> Kamal Hassan"]
    assert '    located_in: "Ihab Makhluf located in Dubai." — Report from /news/ihab.txt (/news/ihab.txt)' in output
    steps = json.loads(run(runner, "path", "Dubai", "Kamal Hassan", "--json", "--db", db))
    assert [s["target_name"] for s in steps] == ["Ihab Makhluf", "Rami Makhlouf", "Kamal Hassan"]


def test_cli_path_without_a_chain_exits_1(runner, db):
    result = runner.invoke(app, ["path", "Niamey", "Dubai", "--db", db])
    assert result.exit_code == 1
    assert "no chain of relations links them" in result.output


def test_cli_show_unknown_actor_is_one_line_and_exit_1(runner, db):
    result = runner.invoke(app, ["show", "Maher al-Assad", "--db", db])
    assert result.exit_code == 1
    assert result.output.startswith("error: no actor is named 'Maher al-Assad'")
