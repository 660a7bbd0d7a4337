"""Ingest throughput against extraction alone, on SQLite and PostgreSQL, in one run.

usage: python benchmarks/ingest_speed.py [--sizes 1000 10000] [--postgres URL] [--jobs N]

For each size, writes that many generated articles (tests/store/corpus.py) and times, in
this process with one loaded pipeline: `actormap extract` alone (reading the files and
extracting their records, nothing written), `actormap ingest` into a fresh SQLite
database, and into a fresh PostgreSQL schema (--postgres, else $ACTORMAP_TEST_POSTGRES_URL;
skipped when neither is set). The three run in turn for --rounds rounds and each keeps its
best time, so a busy spell on a shared machine does not decide the ratio. Each ingest's
documents per second is reported as a ratio to extraction alone (the floor is 0.8:
storage costs under 25%).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actormap.extract import extract_documents  # noqa: E402
from actormap.extract.pipeline import build_pipeline  # noqa: E402
from actormap.ingest import read  # noqa: E402
from actormap.ingest.batch import ingest_paths  # noqa: E402
from actormap.store import open_store, stats  # noqa: E402
from actormap.store.engine import normalize_url  # noqa: E402
from tests.store.corpus import write_corpus  # noqa: E402


def seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def extract_alone(files: list[Path], nlp) -> float:
    """Seconds to read FILES and extract their records, as `actormap extract` does (nothing printed)."""
    return seconds(lambda: list(extract_documents((read(f) for f in files), nlp)))


def ingest_into(url: str, folder: Path, nlp, jobs: int) -> float:
    """Seconds to ingest FOLDER into the empty store at URL."""
    engine = open_store(url)
    try:
        took = seconds(lambda: ingest_paths([folder], engine, jobs=jobs, nlp=nlp))
        assert stats(engine).failed_files == 0
        return took
    finally:
        engine.dispose()


def ingest_into_postgres(base: str, folder: Path, nlp, jobs: int) -> float:
    """Seconds to ingest FOLDER into a fresh schema of the database BASE names (dropped afterwards)."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(normalize_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        return ingest_into(url.render_as_string(hide_password=False), folder, nlp, jobs)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def bench(size: int, work: Path, nlp, postgres: str | None, jobs: int, rounds: int) -> None:
    folder = work / f"corpus-{size}"
    files = write_corpus(folder, size)
    runs: dict[str, Callable[[int], float]] = {
        "extract alone": lambda _: extract_alone(files, nlp),
        "ingest, SQLite": lambda r: ingest_into(f"sqlite:///{work / f'bench-{size}-{r}.db'}", folder, nlp, jobs),
    }
    if postgres:
        runs["ingest, PostgreSQL"] = lambda _: ingest_into_postgres(postgres, folder, nlp, jobs)
    # Rounds interleave the runs so that a busy spell on the machine hits them alike; each keeps its best.
    took: dict[str, list[float]] = {name: [] for name in runs}
    for r in range(rounds):
        for name, run in runs.items():
            took[name].append(run(r))
    best = {name: min(times) for name, times in took.items()}
    words = sum(len(f.read_text().split()) for f in files)
    print(f"\n{size:,} documents ({words:,} words), jobs={jobs}, best of {rounds} interleaved rounds")
    for name, times in took.items():
        ratio = "" if name == "extract alone" else f"   ratio to extract alone: {best['extract alone'] / best[name]:.2f}x"
        each = ", ".join(f"{size / t:.1f}" for t in times)
        print(f"  {name:<20} {size / best[name]:8.1f} docs/s{ratio}   (rounds: {each})")
    if not postgres:
        print("  ingest, PostgreSQL   skipped: give --postgres URL or set ACTORMAP_TEST_POSTGRES_URL")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--postgres", default=os.environ.get("ACTORMAP_TEST_POSTGRES_URL"))
    parser.add_argument("--jobs", type=int, default=1, help="ingest worker processes (extraction alone uses one)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds; each run keeps its best")
    args = parser.parse_args()
    nlp = build_pipeline()
    list(nlp.pipe(["Warm-up: Col. Yusuf Jaber leads the Northern Shield Brigade in Baldara."] * 8))
    with tempfile.TemporaryDirectory(prefix="actormap-bench-") as work:
        for size in args.sizes:
            bench(size, Path(work), nlp, args.postgres, args.jobs, args.rounds)


if __name__ == "__main__":
    main()
