"""`export()`: the format table, paths and streams of either kind."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from actormap.errors import ActormapError
from actormap.export import EXPORTERS, export
from actormap.export.common import Exporter


def test_export_formats_table():
    assert set(EXPORTERS) == {"ftm", "gexf", "graphml", "csv", "jsonl"}
    assert all(issubclass(cls, Exporter) for cls in EXPORTERS.values())


def test_export_unknown_format(graph):
    with pytest.raises(ActormapError, match="use one of ftm, gexf"):
        export(graph, "xlsx", io.StringIO())


def test_export_binary_format_to_text_stream_uses_its_buffer(graph):
    text = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    export(graph, "gexf", text)
    text.buffer.seek(0)
    assert nx.read_gexf(text.buffer).number_of_nodes() == len(graph.entities)


def test_export_text_format_to_binary_stream_leaves_it_open(graph):
    raw = io.BytesIO()
    export(graph, "jsonl", raw)
    assert not raw.closed
    items = len(graph.documents) + len(graph.entities) + len(graph.relations) + len(graph.claims)
    assert raw.getvalue().decode("utf-8").count("\n") == items


def test_export_unwritable_path(graph, tmp_path):
    with pytest.raises(ActormapError, match="cannot write"):
        export(graph, "jsonl", tmp_path / "missing" / "map.jsonl")


def test_export_empty_graph(tmp_path):
    from actormap.model.graph import Graph

    for fmt in ("ftm", "gexf", "graphml", "jsonl"):
        export(Graph(), fmt, tmp_path / f"empty.{fmt}")
    assert nx.read_gexf(tmp_path / "empty.gexf").number_of_nodes() == 0
