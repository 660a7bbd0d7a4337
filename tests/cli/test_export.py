"""`actormap export --format F [-o FILE]`: the resolved map of the store, in each format."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from actormap.cli import app
from actormap.resolve import resolve
from actormap.store import open_store
from tests.resolution_corpus import hand_document


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """Rami Makhlouf under two spellings in two documents, opposed by Kamal Hassan in both; resolved."""
    url = f"sqlite:///{tmp_path_factory.mktemp('export')}/e.db"
    engine = open_store(url)
    hand_document(engine, "/news/a.txt", [("person", "Rami Makhlouf"), ("person", "Kamal Hassan"), ("location", "Moscow")],
                  relations=[("opposes", "Kamal Hassan", "Rami Makhlouf"), ("located_in", "Rami Makhlouf", "Moscow")],
                  claims=[("Kamal Hassan", 12000, "fighters", "exact", "Kamal Hassan")], publisher="Coastline Courier")
    hand_document(engine, "/news/b.txt", [("person", "Rami Makhluf"), ("person", "Kamal Hassan")],
                  relations=[("opposes", "Rami Makhluf", "Kamal Hassan")], publisher="Levant Ledger")
    resolve(engine)
    engine.dispose()
    return url


def test_cli_export_jsonl_to_standard_output(runner, db):
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", db])
    assert result.exit_code == 0, result.output
    items = [json.loads(line) for line in result.output.splitlines()]
    kinds = [i["kind"] for i in items]
    assert kinds == ["document"] * 2 + ["entity"] * 3 + ["relation"] * 2 + ["claim"]
    (opposes,) = [i for i in items if i.get("type") == "opposes"]
    assert len(opposes["document_ids"]) == 2 and len(opposes["evidence"]) == 2
    (rami,) = [i for i in items if i.get("name") == "Rami Makhlouf"]
    assert rami["aliases"] == ["Rami Makhluf"]


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_cli_export_graph_files(runner, db, tmp_path, fmt):
    out = tmp_path / f"map.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert f"3 actors, 2 relations, 1 claims written as {fmt}" in result.output
    graph = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out, force_multigraph=True)
    assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 2


def test_cli_export_csv_writes_nodes_and_edges(runner, db, tmp_path):
    result = runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "map"), "--db", db])
    assert result.exit_code == 0, result.output
    with open(tmp_path / "map.nodes.csv", encoding="utf-8") as f:
        assert sorted(row["name"] for row in csv.DictReader(f)) == ["Kamal Hassan", "Moscow", "Rami Makhlouf"]
    with open(tmp_path / "map.edges.csv", encoding="utf-8") as f:
        edges = {row["relation"]: row for row in csv.DictReader(f)}
    assert edges["opposes"]["weight"] == "2"


def test_cli_export_csv_needs_an_output_path(runner, db):
    result = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    assert result.exit_code == 1
    assert result.output.startswith("error: ")


def test_cli_export_ftm(runner, db, tmp_path):
    out = tmp_path / "map.ftm.json"
    result = runner.invoke(app, ["export", "-f", "ftm", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    entities = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    people = [e for e in entities if e["schema"] == "Person"]
    assert sorted(p["properties"]["name"][0] for p in people) == ["Kamal Hassan", "Rami Makhlouf"]
    assert {e["schema"] for e in entities} >= {"Document", "Person", "Address", "UnknownLink", "Note"}


def test_cli_export_unknown_format_is_refused(runner, db):
    result = runner.invoke(app, ["export", "--format", "xlsx", "--db", db])
    assert result.exit_code == 2
    assert "xlsx" in result.output
