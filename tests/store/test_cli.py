"""The store's commands: ingest, stats and reextract, through the CLI."""

from __future__ import annotations

import json

import pytest

from actormap.cli import app
from tests.store.corpus import write_bad_files, write_corpus, write_every_format

pytestmark = pytest.mark.slow


def stats_json(runner, url) -> dict:
    result = runner.invoke(app, ["stats", "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_ingest_a_mixed_folder_twice_stores_the_good_lists_the_bad_and_changes_no_count(runner, db_url, tmp_path):
    good = write_corpus(tmp_path / "in", 2) + write_every_format(tmp_path / "in" / "formats")
    bad = write_bad_files(tmp_path / "in" / "bad")
    first = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db_url])
    assert first.exit_code == 1
    errors = first.stderr.strip().splitlines()
    assert len(errors) == len(bad)
    assert {line.split(": ")[1] for line in errors} == {str(p) for p in bad}
    assert f"stored {len(good)}," in first.stdout and f"failed {len(bad)}" in first.stdout
    counts = stats_json(runner, db_url)
    assert (counts["documents"], counts["failed_files"]) == (len(good), len(bad))
    second = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db_url])
    assert f"unchanged {len(good)}," in second.stdout
    assert stats_json(runner, db_url) == counts


def test_cli_ingest_reads_the_database_from_the_environment(runner, tmp_path, monkeypatch):
    write_corpus(tmp_path / "in", 1)
    monkeypatch.setenv("ACTORMAP_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert runner.invoke(app, ["ingest", str(tmp_path / "in")]).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_cli_stats_prints_a_table(runner, db_url):
    result = runner.invoke(app, ["stats", "--db", db_url])
    assert result.exit_code == 0
    assert "documents" in result.stdout and "failed files" in result.stdout


def test_cli_reextract_reports_what_changed(runner, db_url, tmp_path):
    write_corpus(tmp_path / "in", 2)
    runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db_url])
    result = runner.invoke(app, ["reextract", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "2 documents re-extracted: 0 changed, 0 statements added, 0 retired"


def test_cli_a_bad_database_url_is_one_line_and_exit_code_2(runner):
    result = runner.invoke(app, ["stats", "--db", "mysql://u:p@localhost/db"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: database URL 'mysql://u:p@localhost/db'")
    assert len(result.stderr.strip().splitlines()) == 1
