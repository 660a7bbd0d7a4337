"""`actormap resolve`, `merge`, `not-same`, `split`, `rename`, checked through `actormap entities --json`."""

from __future__ import annotations

import json

import pytest

import actormap.extract
from actormap.cli import app
from actormap.ingest.batch import ingest_paths
from actormap.store import open_store
from actormap.store.reextract import reextract
from tests.resolution_corpus import build, hand_document, score

FLOOR = 0.95


def actors(runner, db: str) -> list[dict]:
    result = runner.invoke(app, ["entities", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def actor_of(runner, db: str, name: str, source: str | None = None) -> dict:
    """The one actor named NAME (as name or alias), in the document from SOURCE if given."""
    (found,) = [a for a in actors(runner, db) if (a["name"] == name or name in a["aliases"])
                and (source is None or source in a["documents"])]
    return found


def invoke(runner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.slow
def test_cli_resolve_corpus_merges_and_keeps_apart_at_least_95_percent(runner, nlp, tmp_path, capsys):
    db = f"sqlite:///{tmp_path}/corpus.db"
    engine = open_store(db)
    build(engine, nlp)
    invoke(runner, "resolve", "--db", db)
    result = runner.invoke(app, ["entities", "--json", "--db", db])
    measured = score(result.output)
    with capsys.disabled():
        print(f"\nresolution corpus: merged {measured.merged}/{measured.merge_pairs} ({measured.merge_rate:.1%}), "
              f"kept apart {measured.apart}/{measured.apart_pairs} ({measured.apart_rate:.1%})")
        for miss in measured.misses:
            print("  " + miss)
    assert measured.merge_pairs >= 80 and measured.apart_pairs >= 80
    assert measured.merge_rate >= FLOOR
    assert measured.apart_rate >= FLOOR


@pytest.fixture
def hand_store(tmp_path):
    db = f"sqlite:///{tmp_path}/hand.db"
    engine = open_store(db)
    hand_document(engine, "/c/a.txt", [("person", "Ahmed al-Sharaa"), ("location", "Homs")])
    hand_document(engine, "/c/b.txt", [("person", "Abu Mohammad al-Jolani"), ("location", "Idlib")])
    hand_document(engine, "/c/c.txt", [("person", "Kamal Hassan")])
    hand_document(engine, "/c/d.txt", [("person", "Kamal al-Hassan")])
    yield db, engine
    engine.dispose()


def test_cli_merge_joins_two_actors_and_keeps_them_joined(runner, hand_store):
    db, engine = hand_store
    invoke(runner, "resolve", "--db", db)
    assert actor_of(runner, db, "Ahmed al-Sharaa")["id"] != actor_of(runner, db, "Abu Mohammad al-Jolani")["id"]
    output = invoke(runner, "merge", "Ahmed al-Sharaa", "Abu Mohammad al-Jolani", "--author", "jane", "--db", db)
    assert "merged Ahmed al-Sharaa" in output and "1 judgements applied" in output
    merged = actor_of(runner, db, "Ahmed al-Sharaa")
    assert set(merged["aliases"]) | {merged["name"]} == {"Ahmed al-Sharaa", "Abu Mohammad al-Jolani"}
    assert len(merged["documents"]) == 2
    invoke(runner, "resolve", "--db", db)
    assert actor_of(runner, db, "Abu Mohammad al-Jolani")["id"] == merged["id"]


def test_cli_split_detaches_one_document_and_not_same_forbids_a_later_join(runner, hand_store):
    db, engine = hand_store
    invoke(runner, "resolve", "--db", db)
    kamal = actor_of(runner, db, "Kamal Hassan")
    assert sorted(kamal["documents"]) == ["/c/c.txt", "/c/d.txt"]
    invoke(runner, "split", kamal["id"], "--document", "/c/d.txt", "--db", db)
    assert actor_of(runner, db, "Kamal Hassan")["documents"] == ["/c/c.txt"]
    assert actor_of(runner, db, "Kamal al-Hassan")["documents"] == ["/c/d.txt"]
    # two actors an analyst says differ stay apart when a later document names one by the other's name
    invoke(runner, "not-same", "Ahmed al-Sharaa", "Abu Mohammad al-Jolani", "--db", db)
    hand_document(engine, "/c/e.txt", [("person", "Ahmed al-Sharaa", ["Abu Mohammad al-Jolani"])])
    invoke(runner, "resolve", "--db", db)
    jolani, sharaa = actor_of(runner, db, "Abu Mohammad al-Jolani", "/c/b.txt"), actor_of(runner, db, "Ahmed al-Sharaa", "/c/a.txt")
    assert jolani["id"] != sharaa["id"]
    assert "/c/e.txt" in jolani["documents"] + sharaa["documents"]  # the new document joins one of them


def test_cli_not_same_on_one_actor_says_to_split(runner, hand_store):
    db, _ = hand_store
    invoke(runner, "resolve", "--db", db)
    result = runner.invoke(app, ["not-same", "Kamal Hassan", "Kamal al-Hassan", "--db", db])
    assert result.exit_code == 1
    assert "one actor" in result.output and "actormap split" in result.output


def test_cli_rename_names_the_actor_everywhere(runner, hand_store):
    db, _ = hand_store
    invoke(runner, "resolve", "--db", db)
    invoke(runner, "rename", "Kamal al-Hassan", "Maj. Gen. Kamal Hassan", "--db", db)
    renamed = actor_of(runner, db, "Maj. Gen. Kamal Hassan")
    assert renamed["name"] == "Maj. Gen. Kamal Hassan"
    assert "Kamal al-Hassan" in renamed["aliases"]


def test_cli_unknown_or_ambiguous_actor_is_one_line_and_exit_1(runner, hand_store):
    db, engine = hand_store
    hand_document(engine, "/c/f.txt", [("person", "Bashar al-Assad", ["Assad"])])
    hand_document(engine, "/c/g.txt", [("person", "Maher al-Assad", ["Assad"])])
    invoke(runner, "resolve", "--db", db)
    for args, message in ((["merge", "Nobody", "Kamal Hassan"], "no actor is named 'Nobody'"),
                          (["rename", "Assad", "X"], "'Assad' names 2 actors")):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 1
        assert message in result.output


TEXTS = {
    "kamal.txt": "Kamal Hassan, the former head of military intelligence, met officers in Tartous on Monday.",
    "kamal-hassan.txt": "Kamal al-Hassan said on Tuesday that his fighters were ready in Latakia.",
    "sharaa.txt": "Ahmed al-Sharaa visited Homs on Wednesday.",
    "jolani.txt": "Abu Mohammad al-Jolani spoke to fighters in Idlib in 2019.",
}


@pytest.mark.slow
def test_cli_judgements_survive_reingest_reextract_and_reresolution(runner, nlp, tmp_path, monkeypatch):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = f"sqlite:///{tmp_path}/survive.db"
    engine = open_store(db)
    ingest_paths([folder], engine, nlp=nlp)
    invoke(runner, "resolve", "--db", db)
    invoke(runner, "split", "Kamal Hassan", "--document", str(folder / "kamal-hassan.txt"), "--db", db)
    invoke(runner, "merge", "Ahmed al-Sharaa", "Abu Mohammad al-Jolani", "--db", db)
    invoke(runner, "rename", "Ahmed al-Sharaa", "Ahmed Hussein al-Sharaa", "--db", db)

    def check() -> None:
        assert actor_of(runner, db, "Kamal Hassan")["id"] != actor_of(runner, db, "Kamal al-Hassan")["id"]
        sharaa = actor_of(runner, db, "Abu Mohammad al-Jolani")
        assert sharaa["name"] == "Ahmed Hussein al-Sharaa"
        assert len(sharaa["documents"]) == 2

    check()
    ingest_paths([folder], engine, nlp=nlp)  # the same files again: unchanged
    invoke(runner, "resolve", "--db", db)
    check()
    (folder / "kamal-hassan.txt").write_text(TEXTS["kamal-hassan.txt"] + " He denied paying them.", encoding="utf-8")
    (folder / "sharaa.txt").write_text(TEXTS["sharaa.txt"] + " He met the governor.", encoding="utf-8")
    ingest_paths([folder], engine, nlp=nlp)  # two files changed: new versions, new document ids
    invoke(runner, "resolve", "--db", db)
    check()
    monkeypatch.setattr(actormap.extract, "EXTRACTOR_VERSION", "99.0")
    assert reextract(engine, nlp).changed == 4
    invoke(runner, "resolve", "--db", db)
    check()
