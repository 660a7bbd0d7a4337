"""Throughput of actormap's extraction against a bare `nlp.pipe` of the same spaCy pipeline.

usage: python benchmarks/extract_speed.py [--copies N] [FILES...]

Both run in this process on the same texts (the fixtures and examples by default, repeated
--copies times); the ratio actormap / bare is the number to watch (the floor is 0.7).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from actormap.extract import extract_documents
from actormap.extract.pipeline import build_pipeline, load_base
from actormap.ingest import read

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = sorted((ROOT / "tests" / "fixtures" / "documents").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))


def words_per_second(run, texts: list[str], repeats: int = 3) -> float:
    """The best of REPEATS runs, in words per second."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return words / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--copies", type=int, default=10, help="repeat the corpus this many times")
    args = parser.parse_args()
    documents = [read(p) for p in args.files] * args.copies
    texts = [d.text for d in documents]
    bare = load_base()
    ours = build_pipeline()
    for _ in ours.pipe(texts[:5]):  # warm both up alike
        pass
    for _ in bare.pipe(texts[:5]):
        pass
    bare_rate = words_per_second(lambda: list(bare.pipe(texts)), texts)
    ours_rate = words_per_second(lambda: list(extract_documents(documents, ours)), texts)
    print(f"documents: {len(texts)}  words: {sum(len(t.split()) for t in texts):,}")
    print(f"bare nlp.pipe ({ours.meta['name']}): {bare_rate:,.0f} words/s")
    print(f"actormap extract:                 {ours_rate:,.0f} words/s")
    print(f"ratio actormap / bare: {ours_rate / bare_rate:.2f}x")


if __name__ == "__main__":
    main()
