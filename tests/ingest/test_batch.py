"""Batch ingest: walking paths, storing the good files, reporting every bad one, and doing nothing twice."""

from __future__ import annotations

import pytest

import actormap.extract
from actormap import ingest
from actormap.ingest.batch import expand, ingest_paths
from actormap.store import Outcome, open_store, stats
from tests.store.corpus import text, write_bad_files, write_corpus, write_every_format
from tests.store.fixtures import db_url, fresh_db, new_db_url, snapshot  # noqa: F401  (fixtures)


def test_batch_expand_walks_folders_in_order_skipping_hidden_files_and_unknown_types(tmp_path):
    for name in ["b/2.txt", "b/1.md", "a.txt", ".hidden/x.txt", ".notes.txt", "data.bin"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    walk = expand([tmp_path, tmp_path / "a.txt"])
    assert walk.files == [str(tmp_path / n) for n in ["a.txt", "b/1.md", "b/2.txt"]]
    assert walk.skipped == [str(tmp_path / "data.bin")]
    assert walk.problems == []


def test_batch_expand_globs_named_files_and_missing_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ["x/one.txt", "x/deep/two.txt", "x/three.md", "named.xyz"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    walk = expand(["x/**/*.txt", "named.xyz", "gone.txt", "none/*.txt"])
    assert walk.files == [str(tmp_path / n) for n in ["x/deep/two.txt", "x/one.txt", "named.xyz"]]
    assert walk.problems == [(str(tmp_path / "gone.txt"), "no such file or folder"), ("none/*.txt", "no file matches this pattern")]


@pytest.mark.slow
def test_batch_stores_every_good_file_of_every_format_and_reports_every_bad_one_by_name(fresh_db, nlp, tmp_path):
    good = write_corpus(tmp_path / "in", 3) + write_every_format(tmp_path / "in" / "formats")
    bad = write_bad_files(tmp_path / "in" / "bad")
    missing = tmp_path / "missing.txt"
    summary = ingest_paths([tmp_path / "in", missing], fresh_db, nlp=nlp)
    failed = dict(summary.failures)
    assert set(failed) == {str(p) for p in bad} | {str(missing)}
    for path, word in bad.items():
        assert word in failed[str(path)]
    assert failed[str(missing)] == "no such file or folder"
    assert summary.counts[Outcome.STORED] == len(good)
    assert summary.counts[Outcome.FAILED] == len(failed) == stats(fresh_db).failed_files
    assert stats(fresh_db).documents == len(good)


@pytest.mark.slow
def test_batch_a_second_run_changes_nothing(fresh_db, nlp, tmp_path):
    write_corpus(tmp_path / "in", 5)
    write_bad_files(tmp_path / "in" / "bad")
    ingest_paths([tmp_path / "in"], fresh_db, nlp=nlp)
    before = snapshot(fresh_db)
    summary = ingest_paths([tmp_path / "in"], fresh_db, nlp=nlp)
    assert summary.counts[Outcome.UNCHANGED] == 5
    assert {k: v for k, v in snapshot(fresh_db).items()} == before


@pytest.mark.slow
def test_batch_a_changed_file_is_a_new_version_and_a_copy_a_duplicate(fresh_db, nlp, tmp_path):
    paths = write_corpus(tmp_path / "in", 3)
    ingest_paths([tmp_path / "in"], fresh_db, nlp=nlp)
    paths[0].write_text(text(100), encoding="utf-8")
    (tmp_path / "in" / "copy.txt").write_text(text(1), encoding="utf-8")
    summary = ingest_paths([tmp_path / "in"], fresh_db, nlp=nlp)
    assert (summary.counts[Outcome.NEW_VERSION], summary.counts[Outcome.DUPLICATE], summary.counts[Outcome.UNCHANGED]) == (1, 1, 2)
    counts = stats(fresh_db)
    assert (counts.documents, counts.retired_documents, counts.files) == (3, 1, 4)


@pytest.mark.slow
def test_batch_a_crashing_reader_or_extractor_fails_only_its_file(fresh_db, nlp, tmp_path, monkeypatch):
    write_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "poison.txt").write_text("POISON in Baldara, said Omar Haddad.", encoding="utf-8")
    (tmp_path / "in" / "odd.boom").write_text("x", encoding="utf-8")

    def crash(path):
        raise RuntimeError("reader bug")

    real = actormap.extract.extract_documents

    def poisoned(documents, nlp=None, batch_size=16):
        documents = list(documents)
        if any("POISON" in d.text for d in documents):
            raise ValueError("extractor bug")
        return real(documents, nlp, batch_size)

    monkeypatch.setitem(ingest.READERS, ".boom", crash)
    monkeypatch.setattr(actormap.extract, "extract_documents", poisoned)
    summary = ingest_paths([tmp_path / "in"], fresh_db, nlp=nlp)
    assert dict(summary.failures) == {
        str(tmp_path / "in" / "odd.boom"): "could not be read (RuntimeError: reader bug)",
        str(tmp_path / "in" / "poison.txt"): "extraction failed (ValueError: extractor bug)",
    }
    assert summary.counts[Outcome.STORED] == 3


@pytest.mark.slow
def test_batch_reports_progress_for_every_file(fresh_db, nlp, tmp_path):
    write_corpus(tmp_path / "in", 4)
    seen = []
    ingest_paths([tmp_path / "in", tmp_path / "gone.txt"], fresh_db, nlp=nlp,
                 on_progress=lambda done, total, path, outcome: seen.append((done, total, outcome)))
    assert seen == [(1, 5, Outcome.FAILED)] + [(n, 5, Outcome.STORED) for n in range(2, 6)]


@pytest.mark.slow
def test_batch_jobs_store_exactly_what_one_process_stores(nlp, tmp_path):
    write_corpus(tmp_path / "in", 40)
    write_bad_files(tmp_path / "in" / "bad")
    one, two = open_store(str(tmp_path / "one.db")), open_store(str(tmp_path / "two.db"))
    ingest_paths([tmp_path / "in"], one, nlp=nlp)
    summary = ingest_paths([tmp_path / "in"], two, jobs=2)
    assert summary.counts[Outcome.STORED] == 40
    assert snapshot(two) == snapshot(one)
