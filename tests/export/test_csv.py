"""The CSV export: a nodes and an edges table, named from one destination."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from actormap.errors import ActormapError
from actormap.export import export
from actormap.export.csv import table_paths


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_file_destination_names_two_tables(graph, tmp_path):
    export(graph, "csv", tmp_path / "map.csv")
    nodes = rows(tmp_path / "map.nodes.csv")
    edges = rows(tmp_path / "map.edges.csv")
    assert [n["id"] for n in nodes] == [e.id for e in graph.entities]
    assert len(edges) == len(graph.relations)


def test_csv_directory_destination(graph, tmp_path):
    target = f"{tmp_path}/out/"
    export(graph, "csv", target)
    assert rows(tmp_path / "out" / "nodes.csv") and rows(tmp_path / "out" / "edges.csv")


def test_csv_table_paths():
    assert table_paths("map") == (Path("map.nodes.csv"), Path("map.edges.csv"))
    assert table_paths("a/map.csv") == (Path("a/map.nodes.csv"), Path("a/map.edges.csv"))


def test_csv_rows(graph, tmp_path):
    export(graph, "csv", tmp_path / "map")
    ali = next(n for n in rows(tmp_path / "map.nodes.csv") if n["id"] == "p1")
    assert ali == {"id": "p1", "type": "person", "name": "Ali Hassan", "aliases": "Abu Ali",
                   "descriptors": "militia commander", "documents": "d-url; d-file", "degree": "6"}
    fighter = next(e for e in rows(tmp_path / "map.edges.csv") if e["label"] == "fighter")
    assert fighter["relation"] == "member_of" and fighter["weight"] == "2"
    assert fighter["symmetric"] == "False"
    assert fighter["source_name"] == "Omar Hassan" and fighter["target_name"] == "Brigade 7"


def test_csv_refuses_a_stream(graph):
    with pytest.raises(ActormapError, match="two tables"):
        export(graph, "csv", io.StringIO())
